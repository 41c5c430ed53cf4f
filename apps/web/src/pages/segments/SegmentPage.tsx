export function SegmentPage() {
  return <p>Coming soon.</p>;
}
