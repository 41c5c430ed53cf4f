/** A node id not in `taken`, readable and valid for the contract (`wait_3`, `send_1`). */
export function freshNodeId(type: string, taken: ReadonlySet<string>): string {
  const base = type.replace(/[^A-Za-z0-9_-]/g, '_') || 'node';
  for (let index = 1; ; index += 1) {
    const id = `${base}_${index}`;
    if (!taken.has(id)) return id;
  }
}
