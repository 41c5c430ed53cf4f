export function JourneysPage() {
  return <p>Coming soon.</p>;
}
