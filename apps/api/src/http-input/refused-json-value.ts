const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface RefusedValue {
  path: string;
  code: 'invalid_unicode' | 'forbidden_key' | 'number_out_of_range';
  message: string;
}

/**
 * The first thing in a parsed JSON body the API refuses, with its path, or null:
 * - a lone surrogate (`"\ud800"`) in a string or key: no Unicode text; Postgres refuses it in jsonb and
 *   the driver turns it into U+FFFD in text columns, silently;
 * - a `__proto__` key: JSON.parse makes it an own property, but assigning it later (class-transformer,
 *   Object.assign, a merge) replaces the target's prototype, so the field escapes validation; and
 *   `constructor` and `prototype` keys, which Nest's ValidationPipe deletes (against prototype
 *   pollution) from anywhere in a body, silently: an attribute so named would be lost;
 * - a number past a double (`1e309`): JSON.parse reads Infinity, which is stored as null, silently.
 * Recursive: the body's depth is bounded before it is parsed (json-text-scan.ts).
 */
export function refusedJsonValue(value: unknown, path = ''): RefusedValue | null {
  const at = path || 'body';
  if (typeof value === 'string') return isWellFormed(value) ? null : { path: at, code: 'invalid_unicode', message: `${at} holds a lone surrogate, which is not valid Unicode` };
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path: at, code: 'number_out_of_range', message: `${at} is a number too large to represent` };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = refusedJsonValue(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const itemPath = path ? `${path}.${key}` : key;
      if (!isWellFormed(key)) return { path: itemPath, code: 'invalid_unicode', message: `the key of ${itemPath} holds a lone surrogate, which is not valid Unicode` };
      if (FORBIDDEN_KEYS.has(key)) return { path: itemPath, code: 'forbidden_key', message: `${itemPath}: no field or key may be called ${key}` };
      const found = refusedJsonValue(item, itemPath);
      if (found) return found;
    }
  }
  return null;
}

/** ES2024's String.prototype.isWellFormed (Node 20 has it; the ES2023 lib does not type it). */
function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}
