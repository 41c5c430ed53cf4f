/** Shaping of a contact's events and journeys for reading: pure, so it is tested without a browser. */

export interface TimelineDay<T> {
  /** YYYY-MM-DD in the time zone used. */
  day: string;
  items: T[];
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone (the browser's when omitted). */
export function dayOf(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** Newest first, grouped by day; days newest first and each day's items newest first. */
export function groupByDay<T extends { occurredAt: string }>(items: readonly T[], timeZone?: string): TimelineDay<T>[] {
  const sorted = [...items].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  const days: TimelineDay<T>[] = [];
  for (const item of sorted) {
    const day = dayOf(item.occurredAt, timeZone);
    const last = days[days.length - 1];
    if (last && last.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

/** A day heading: "Today", "Yesterday" or the date. */
export function dayHeading(day: string, today: string, yesterday: string): string {
  if (day === today) return 'Today';
  if (day === yesterday) return 'Yesterday';
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/** One value in a few characters: strings bare, objects and arrays as short JSON. */
export function compactValue(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Event properties on one line: "sku=A1 · price=10 · items=[…]", at most `maxKeys` keys then "+N more". */
export function compactProperties(properties: Record<string, unknown> | null | undefined, maxKeys = 6): string {
  const entries = Object.entries(properties ?? {});
  const shown = entries.slice(0, maxKeys).map(([key, value]) => `${key}=${compactValue(value)}`);
  if (entries.length > maxKeys) shown.push(`+${entries.length - maxKeys} more`);
  return shown.join(' · ');
}

/** The variants of split nodes as "node: variant" phrases. */
export function variantPhrases(variants: Record<string, string> | null | undefined): string[] {
  return Object.entries(variants ?? {}).map(([node, variant]) => `${node}: ${variant}`);
}
