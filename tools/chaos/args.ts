import { parseArgs } from 'node:util';

export const PART_NAMES = ['temporal', 'api', 'worker'] as const;
export type PartName = (typeof PART_NAMES)[number];

export interface ChaosOptions {
  /** Events posted per second. */
  rate: number;
  /** How long traffic (and killing) lasts. */
  minutes: number;
  /** How many kills at most, one every 10–40 s; Infinity: for as long as the traffic lasts. */
  kills: number;
  /** Which parts may be killed. */
  parts: PartName[];
  /** Contacts the events go to, each only once its previous journey is over (while one is free: see ContactPool). */
  contacts: number;
  /** How long to wait, after the traffic, for the outbox and the journeys to drain. */
  settleMinutes: number;
  /** Keep the database and the run folder (logs of each part, Temporal's state). */
  keep: boolean;
}

export const USAGE = `npm run chaos -- [--rate 20] [--minutes 10] [--kills N] [--parts temporal,api,worker] [--contacts N] [--settle-minutes 5] [--keep]`;

/** Reads the command line; a bad value throws with the usage. */
export function parseChaosArgs(argv: string[]): ChaosOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      rate: { type: 'string' }, minutes: { type: 'string' }, kills: { type: 'string' }, parts: { type: 'string' },
      contacts: { type: 'string' }, 'settle-minutes': { type: 'string' }, keep: { type: 'boolean' },
    },
    strict: true,
  });
  const rate = positive('rate', values.rate, 20);
  const parts = (values.parts ?? PART_NAMES.join(',')).split(',').map((part) => part.trim());
  const unknown = parts.filter((part) => !PART_NAMES.includes(part as PartName));
  if (unknown.length > 0) throw new Error(`--parts: unknown part ${unknown.join(', ')} (choose from ${PART_NAMES.join(', ')}). Usage: ${USAGE}`);
  return {
    rate,
    minutes: positive('minutes', values.minutes, 10),
    kills: values.kills === undefined ? Infinity : whole('kills', values.kills),
    parts: parts as PartName[],
    // Enough for journeys of a minute (~5 s undisturbed, far longer when parts are down or the machine is slow).
    contacts: values.contacts === undefined ? Math.max(300, Math.ceil(rate * 60)) : whole('contacts', values.contacts, 1),
    settleMinutes: positive('settle-minutes', values['settle-minutes'], 5),
    keep: values.keep ?? false,
  };
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${raw}". Usage: ${USAGE}`);
  return value;
}

function whole(name: string, raw: string, minimum = 0): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} must be a whole number of at least ${minimum}, not "${raw}". Usage: ${USAGE}`);
  return value;
}
