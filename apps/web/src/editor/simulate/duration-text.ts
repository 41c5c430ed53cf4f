import { isDuration, parseDuration } from '@cascade/journey';

const UNITS: Array<[RegExp, 'W' | 'D' | 'H' | 'M' | 'S']> = [
  [/^(w|wk|wks|week|weeks)$/, 'W'],
  [/^(d|day|days)$/, 'D'],
  [/^(h|hr|hrs|hour|hours)$/, 'H'],
  [/^(m|min|mins|minute|minutes)$/, 'M'],
  [/^(s|sec|secs|second|seconds)$/, 'S'],
];

/**
 * A delay as people type it — "2 hours", "1 day 3 h", "90m", "1w, 2d and 4 hours" — or as ISO-8601
 * (`PT2H`, `P1D`), to the ISO duration the simulator reads. Null when it is neither. An empty text
 * is zero: "right at the start" / "right after the send". With `allowNegative`, a leading "-" means
 * before the start ("-30 days": an event in the contact's history).
 */
export function parseDurationText(text: string, { allowNegative = false } = {}): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('-')) {
    if (!allowNegative) return null;
    const positive = parseDurationText(trimmed.slice(1));
    return positive && positive !== 'PT0S' && !positive.startsWith('-') ? `-${positive}` : positive;
  }
  if (trimmed === '') return 'PT0S';
  if (/^p/i.test(trimmed)) {
    const iso = trimmed.toUpperCase();
    return isDuration(iso) && /\d/.test(iso) ? iso : null;
  }
  const totals = { W: 0, D: 0, H: 0, M: 0, S: 0 };
  let unknownUnit = false;
  let amounts = 0;
  const rest = trimmed.toLowerCase().replace(/(\d+)\s*([a-z]+)/g, (_, amount: string, unit: string) => {
    const found = UNITS.find(([pattern]) => pattern.test(unit));
    if (!found) unknownUnit = true;
    else totals[found[1]] += Number(amount);
    amounts += 1;
    return ' ';
  });
  if (unknownUnit || amounts === 0 || /[^\s,]/.test(rest.replace(/\band\b/g, ''))) return null;
  const days = totals.W * 7 + totals.D;
  const time = `${totals.H ? `${totals.H}H` : ''}${totals.M ? `${totals.M}M` : ''}${totals.S ? `${totals.S}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/**
 * `PT1H30M` → "1 h 30 m", `P2D` → "2 d", `PT0S` → "0 m", `-P2D` → "2 d before"; anything unreadable
 * as written. The short form of a duration everywhere in the editor: hints next to a duration input,
 * node summaries ("wait 1 h").
 */
export function describeDuration(iso: string): string {
  if (iso.startsWith('-')) return `${describeDuration(iso.slice(1))} before`;
  const duration = parseDuration(iso);
  if (!duration) return iso;
  const parts: string[] = [];
  const units: Array<[keyof ReturnType<typeof duration.toObject>, string]> = [
    ['years', 'y'], ['months', 'mo'], ['weeks', 'w'], ['days', 'd'], ['hours', 'h'], ['minutes', 'm'], ['seconds', 's'],
  ];
  const values = duration.toObject();
  for (const [unit, short] of units) if (values[unit]) parts.push(`${values[unit]} ${short}`);
  return parts.length ? parts.join(' ') : '0 m';
}
