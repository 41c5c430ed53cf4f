/** Where JSON error answers put their explanation, in order of preference. */
const REASON_FIELDS = ['message', 'error_description', 'description', 'error', 'detail', 'status_message', 'title', 'errors'];
const MAX_REASON = 120;

/**
 * What of a provider's answer may go into a message row or a trace: a JSON answer's own
 * explanation (`message`, `error`, `description`... also nested, `{"error": {"message": ...}}`),
 * or a short plain-text answer; never markup (an HTML error page, a proxy's, an internal service's).
 * Always sanitised (see sanitizeReason); empty when there is nothing fit to show.
 */
export function answerReason(answer: string, contentType?: string | null): string {
  const text = answer.trim();
  const json = parse(text);
  if (json !== undefined) return sanitizeReason(reasonIn(json) ?? '');
  if (/html|xml/i.test(contentType ?? '') || text.startsWith('<')) return '';
  return sanitizeReason(text);
}

/** One line a reader can trust: no control or invisible formatting characters, whitespace collapsed, at most `max` characters. */
export function sanitizeReason(text: string, max = MAX_REASON): string {
  const clean = text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

function reasonIn(value: unknown, depth = 0): string | undefined {
  if (depth > 3 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) return reasonIn(value[0], depth + 1);
  for (const field of REASON_FIELDS) {
    const found = (value as Record<string, unknown>)[field];
    if (typeof found === 'string' && found.trim()) return found;
    const nested = reasonIn(found, depth + 1);
    if (nested) return nested;
  }
  return undefined;
}

function parse(text: string): unknown {
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
