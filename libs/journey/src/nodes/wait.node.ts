import { addDuration } from '../time/duration';
import { nextLocalTime, validZone } from '../time/local-time';
import type { NodeContext, NodeHandler } from '../runtime/node-handler';
import { durationSchema, localTimeSchema } from './shared-schemas';
import { duration, loose, offset, text } from './node-reading';

export type WaitConfig =
  | { duration: string }
  | { untilLocalTime: string; days?: number[] }
  | { untilAttribute: string; offset?: string };

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A durable timer: a fixed time, until a local time of day, or until a date attribute (± offset). */
export const waitNode: NodeHandler<WaitConfig> = {
  type: 'wait',
  label: 'Wait',
  defaultConfig: { duration: 'P1D' },
  configSchema: {
    oneOf: [
      { type: 'object', required: ['duration'], additionalProperties: false, properties: { duration: durationSchema } },
      { type: 'object', required: ['untilLocalTime'], additionalProperties: false,
        properties: { untilLocalTime: localTimeSchema,
          days: { type: 'array', uniqueItems: true, minItems: 1, items: { type: 'integer', minimum: 1, maximum: 7 } } } },
      { type: 'object', required: ['untilAttribute'], additionalProperties: false,
        properties: { untilAttribute: { type: 'string', minLength: 1 }, offset: durationSchema } },
    ],
  },
  handles: () => ['next'],
  waits: () => true,
  summary: (config, context) => {
    const c = loose(config);
    if ('duration' in c) return `wait ${duration(c.duration, context)}`;
    if ('untilLocalTime' in c) return `until ${text(c.untilLocalTime)}${Array.isArray(c.days) ? ` (${c.days.map((day) => DAY_NAMES[Number(day) - 1] ?? day).join(', ')})` : ''}`;
    if ('untilAttribute' in c) return `until ${text(c.untilAttribute)}${c.offset ? offset(c.offset, context) : ''}`;
    return 'wait ?';
  },
  *run(context) {
    const until = waitUntil(context);
    if (until && Date.parse(until) > Date.parse(context.enteredAt)) yield { kind: 'sleep', until };
    return { handle: 'next' };
  },
};

/** When the wait ends; null when a date attribute is missing or not a date (no wait). */
export function waitUntil({ config, enteredAt, contact }: NodeContext<WaitConfig>): string | null {
  const zone = validZone(contact.timezone ?? undefined);
  if ('duration' in config) return addDuration(enteredAt, config.duration, zone);
  if ('untilLocalTime' in config) return nextLocalTime(enteredAt, config.untilLocalTime, zone, config.days);
  const value = contact.attributes[config.untilAttribute];
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null;
  return addDuration(new Date(value).toISOString(), config.offset ?? 'PT0S', zone);
}
