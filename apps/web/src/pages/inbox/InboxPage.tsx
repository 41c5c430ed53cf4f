export function InboxPage() {
  return <p>Coming soon.</p>;
}
