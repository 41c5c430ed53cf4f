/**
 * The deepest JSON body the API reads: objects and arrays nested at most 64 levels. Nothing valid
 * comes close (a condition nests at most 8 groups, about 20 levels with its journey around it), and
 * deeper bodies overflow the stack of recursive code downstream (validation, conditions, SQL building).
 */
export const MAX_JSON_DEPTH = 64;

const KEY_NOT_READ = Symbol('key not read yet');
type Segment = string | number | typeof KEY_NOT_READ;

export interface JsonStop {
  reason: 'too_deep' | 'offset';
  /** Where the scan stopped, as a field path (`events[0].properties.tags`), or `body` at the top. */
  path: string;
}

/**
 * Scans JSON text once, without building any object (so depth costs no stack), and stops at the
 * first object or array opened deeper than `maxDepth`, or at the value or key spanning the character
 * `offset`. Returns where, or null. Malformed text is scanned as far as it goes: JSON.parse refuses it later.
 */
export function scanJsonText(text: string, { maxDepth, offset = Infinity }: { maxDepth: number; offset?: number }): JsonStop | null {
  // One segment per open container: the index in an array, the key in an object.
  const path: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const end = closingQuote(text, i);
      const top = path.length - 1;
      const isKey = top >= 0 && path[top] === KEY_NOT_READ;
      const here = isKey ? [...path.slice(0, top), keyOf(text, i, end)] : path;
      if (offset <= end) return { reason: 'offset', path: formatPath(here) };
      if (isKey) path[top] = here[top];
      i = end;
    } else if (i >= offset) {
      return { reason: 'offset', path: formatPath(path) };
    } else if (char === '{' || char === '[') {
      if (path.length >= maxDepth) return { reason: 'too_deep', path: formatPath(path) };
      path.push(char === '{' ? KEY_NOT_READ : 0);
    } else if (char === '}' || char === ']') {
      path.pop();
    } else if (char === ',' && path.length > 0) {
      const top = path.length - 1;
      const segment = path[top];
      path[top] = typeof segment === 'number' ? segment + 1 : KEY_NOT_READ;
    }
  }
  return null;
}

/** The index of the quote closing the string that opens at `start` (the text's length when it never closes). */
function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

function keyOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end + 1);
  let key: string;
  try {
    key = JSON.parse(raw) as string;
  } catch {
    key = raw.slice(1, -1);
  }
  return key.length > 100 ? `${key.slice(0, 100)}…` : key;
}

function formatPath(path: Segment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += `${text ? '.' : ''}${segment === KEY_NOT_READ ? '?' : segment}`;
  }
  return text || 'body';
}
