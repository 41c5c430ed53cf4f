export function SegmentsPage() {
  return <p>Coming soon.</p>;
}
