export function EditorPage() {
  return <p>Coming soon.</p>;
}
