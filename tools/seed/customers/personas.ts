/**
 * Who is in the base and how they buy. A repeat buyer's history is a run of purchases `gapDays` apart
 * (± `jitter` of the gap) over `tenureDays` of activity, the last one `silenceDays` before now; a
 * one-off buyer's single purchase is `silenceDays` before now.
 * `email` is the share of engaged, occasional and silent newsletter readers.
 * The mix averages about 5 purchases a contact, add-ons (covers, insurance) included.
 */
export const PERSONAS = [
  // persona        weight  buys           gapDays  jitter  tenureDays     silenceDays  email [engaged, occasional, silent]
  row('prospect',      15,  'never',            0,      0,  [0, 0],        [0, 0],      [0.15, 0.35, 0.50]), // signed up, never bought
  row('one_off',       20,  'once',             0,      0,  [0, 0],        [0, 1_000],  [0.10, 0.30, 0.60]),
  row('yearly',        14,  'repeatedly',     365,    0.2,  [365, 1_000],  [0, 365],    [0.25, 0.45, 0.30]),
  row('quarterly',     18,  'repeatedly',      91,    0.3,  [180, 900],    [0, 91],     [0.35, 0.45, 0.20]),
  row('monthly',       10,  'repeatedly',      30,    0.3,  [90, 480],     [0, 30],     [0.50, 0.40, 0.10]),
  row('weekly',         3,  'repeatedly',       7,    0.4,  [28, 120],     [0, 7],      [0.60, 0.35, 0.05]),
  row('lapsed',        20,  'repeatedly',      45,    0.3,  [120, 420],    [300, 650],  [0.05, 0.25, 0.70]), // bought regularly, then went quiet
] as const;

export type PersonaName = (typeof PERSONAS)[number]['name'];
export type Persona = (typeof PERSONAS)[number];

/** How far back any history goes. */
export const HISTORY_DAYS = 3 * 365;

function row<Name extends string>(
  name: Name, weight: number, buys: 'never' | 'once' | 'repeatedly', gapDays: number, jitter: number,
  tenureDays: readonly [number, number], silenceDays: readonly [number, number], email: readonly [number, number, number],
) {
  return { name, weight, buys, gapDays, jitter, tenureDays, silenceDays, email } as const;
}
