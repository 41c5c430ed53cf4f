/** CSV exports of a segment's members: the URL, and the file name the answer gives. Pure. */

export function membersCsvUrl(segmentId: string, hashed: boolean): string {
  return `/api/v1/segments/${encodeURIComponent(segmentId)}/members.csv${hashed ? '?hashed=true' : ''}`;
}

/** The file name of a Content-Disposition header, else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to filename= */
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name || fallback;
}

/** A file name from a segment name when the answer names none: "VIP buyers" → "VIP-buyers-hashed.csv". */
export function fallbackFileName(segmentName: string, hashed: boolean): string {
  const base = segmentName.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'segment';
  return `${base}${hashed ? '-hashed' : ''}.csv`;
}
