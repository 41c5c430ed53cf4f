export function AnalyticsPage() {
  return <p>Coming soon.</p>;
}
