/** Characters COPY's text format reads as syntax inside a value. */
const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * One value in COPY's text format: NULL as `\N`, and backslash, tab, newline and carriage return
 * escaped, so JSON holding `\"` or `\t` reaches the column byte for byte.
 */
export function copyValue(value: string | null): string {
  return value === null ? '\\N' : value.replace(SPECIAL, (char) => ESCAPES[char]);
}

/** One line of COPY's text format: values separated by tabs. */
export function copyLine(values: readonly (string | null)[]): string {
  return `${values.map(copyValue).join('\t')}\n`;
}
