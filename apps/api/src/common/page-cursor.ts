/**
 * Where a page ends in a keyset order on (time, id): an opaque token the client hands back for the
 * next page. The time keeps Postgres's microseconds: rounded to a JS Date's milliseconds, rows of
 * the same millisecond would repeat or be skipped.
 */
export interface PageCursor {
  time: string;
  id: string;
}

const MICROSECOND_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A well-formed time naming an instant that exists (no 2026-02-30, 9999-99-99 or 24:61): Postgres
 * would refuse it with an error. Year 0 does not exist in Postgres either.
 */
function isRealInstant(time: string): boolean {
  const [year, month, day, hour, minute, second] = time.slice(0, 19).split(/[-T:]/).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC: it reads years 0–99 as 1900–1999
  date.setUTCHours(hour, minute, second);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    && date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second;
}

/** SQL that reads a timestamptz column as a cursor's time (UTC, six fractional digits). */
export function cursorTimeSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function encodePageCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.time, cursor.id])).toString('base64url');
}

/** The cursor, or null for anything this API did not hand out. */
export function decodePageCursor(text: string): PageCursor | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [time, id] = decoded;
    if (typeof time !== 'string' || !MICROSECOND_TIME.test(time) || !isRealInstant(time)) return null;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    return { time, id };
  } catch {
    return null;
  }
}
