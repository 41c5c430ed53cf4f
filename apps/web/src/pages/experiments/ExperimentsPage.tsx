export function ExperimentsPage() {
  return <p>Coming soon.</p>;
}
