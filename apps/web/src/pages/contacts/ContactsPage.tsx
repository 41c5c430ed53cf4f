export function ContactsPage() {
  return <p>Coming soon.</p>;
}
