/**
 * Where a page of contacts ends, in the search order (created_at, id). The time keeps Postgres's
 * microseconds: rounded to a JS Date's milliseconds, rows of the same millisecond would repeat.
 */
export interface ContactCursor {
  createdAt: string;
  id: string;
}

const MICROSECOND_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to clients: they hand back what they were given. */
export function encodeCursor(cursor: ContactCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): ContactCursor | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [createdAt, id] = decoded;
    if (typeof createdAt !== 'string' || !MICROSECOND_TIME.test(createdAt)) return null;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}
