/**
 * The duration input's model: an ISO-8601 duration (`PT30M`, `PT24H`, `P3D`, `P2W`, signed `-P1D`)
 * as a whole number of minutes, hours, days or weeks. Compound values that are exact in one unit
 * (`P1DT12H` = 36 hours) read as that unit; months, years and odd seconds do not fit and are shown as text.
 */
export const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface DurationParts {
  amount: number;
  unit: DurationUnit;
  /** Before rather than after (an offset such as "3 days before the birthday"). */
  negative: boolean;
}

const MINUTES: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1_440, weeks: 10_080 };

const ISO = /^(-)?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The parts of a duration the input can show, or null when it cannot (and it is shown as text). */
export function parseDurationParts(text: unknown): DurationParts | null {
  if (typeof text !== 'string') return null;
  const match = ISO.exec(text.trim());
  if (!match || text.trim().replace(/^-/, '') === 'P' || /T$/.test(text.trim())) return null;
  const [, sign, weeks, days, hours, minutes, seconds] = match;
  if (weeks !== undefined && (days !== undefined || hours !== undefined || minutes !== undefined || seconds !== undefined)) {
    // `P1W2D` is not ISO-8601 (weeks stand alone), though some parsers accept it.
    return null;
  }
  const secondCount = Number(seconds ?? 0);
  if (secondCount % 60 !== 0) return null;
  const total =
    Number(weeks ?? 0) * MINUTES.weeks + Number(days ?? 0) * MINUTES.days + Number(hours ?? 0) * MINUTES.hours + Number(minutes ?? 0) + secondCount / 60;
  const negative = sign === '-';
  // Prefer the unit the value was written in when it is a single one (`PT24H` stays 24 hours, not 1 day).
  const written = singleUnit({ weeks, days, hours, minutes });
  if (written) return { amount: total / MINUTES[written], unit: written, negative };
  if (total === 0) return { amount: 0, unit: 'minutes', negative };
  const unit = [...DURATION_UNITS].reverse().find((candidate) => total % MINUTES[candidate] === 0) ?? 'minutes';
  return { amount: total / MINUTES[unit], unit, negative };
}

function singleUnit(parts: Record<'weeks' | 'days' | 'hours' | 'minutes', string | undefined>): DurationUnit | null {
  const present = (Object.keys(parts) as (keyof typeof parts)[]).filter((key) => parts[key] !== undefined);
  return present.length === 1 ? present[0] : null;
}

/** The ISO-8601 text of whole `amount` units: 30 minutes → `PT30M`, 24 hours → `PT24H`, 3 days → `P3D`, 2 weeks → `P2W`. */
export function formatDuration({ amount, unit, negative }: DurationParts): string {
  const whole = Math.max(0, Math.round(amount));
  const sign = negative && whole > 0 ? '-' : '';
  switch (unit) {
    case 'minutes': return `${sign}PT${whole}M`;
    case 'hours': return `${sign}PT${whole}H`;
    case 'days': return `${sign}P${whole}D`;
    case 'weeks': return `${sign}P${whole}W`;
  }
}

/** A whole, non-negative amount typed into the number box, or null. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : null;
}

/** Words for a duration: `30 minutes`, `1 day`, `3 days before`; the raw text when it does not parse. */
export function describeDuration(text: unknown): string {
  const parts = parseDurationParts(text);
  if (!parts) return typeof text === 'string' ? text : '';
  const unit = parts.amount === 1 ? parts.unit.slice(0, -1) : parts.unit;
  return `${parts.amount} ${unit}${parts.negative ? ' before' : ''}`;
}
