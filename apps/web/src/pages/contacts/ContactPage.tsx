export function ContactPage() {
  return <p>Coming soon.</p>;
}
