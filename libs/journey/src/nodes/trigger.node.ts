import type { Condition } from '../conditions/condition.types';
import { conditionDefs, conditionRef } from '../conditions/condition.schema';
import type { NodeHandler } from '../runtime/node-handler';
import { nextLocalTime, validZone } from '../time/local-time';
import { durationSchema, localTimeSchema } from './shared-schemas';
import { loose, offset, text } from './node-reading';

export type TriggerConfig =
  | { kind: 'event'; event: string; filter?: Condition }
  | { kind: 'segment_entry'; segmentId: string }
  | { kind: 'date_attribute'; attribute: string; offset: string; atLocalTime?: string }
  | { kind: 'api' }
  /** Every contact (segments later) once, from `at` (default: on publish), at most `ratePerSecond` a second (default 50). */
  | { kind: 'broadcast'; segmentId?: string; at?: string; ratePerSecond?: number };

/** Where contacts enter. Matching happens before the workflow starts, so running it just moves on. */
export const triggerNode: NodeHandler<TriggerConfig> = {
  type: 'trigger',
  label: 'Trigger',
  defaultConfig: { kind: 'api' },
  configSchema: {
    $defs: conditionDefs,
    oneOf: [
      { type: 'object', required: ['kind', 'event'], additionalProperties: false,
        properties: { kind: { const: 'event' }, event: { type: 'string', minLength: 1 }, filter: conditionRef } },
      { type: 'object', required: ['kind', 'segmentId'], additionalProperties: false,
        properties: { kind: { const: 'segment_entry' }, segmentId: { type: 'string', minLength: 1 } } },
      { type: 'object', required: ['kind', 'attribute', 'offset'], additionalProperties: false,
        properties: { kind: { const: 'date_attribute' }, attribute: { type: 'string', minLength: 1 }, offset: durationSchema,
          atLocalTime: localTimeSchema } },
      { type: 'object', required: ['kind'], additionalProperties: false, properties: { kind: { const: 'api' } } },
      { type: 'object', required: ['kind'], additionalProperties: false,
        properties: { kind: { const: 'broadcast' }, segmentId: { type: 'string', minLength: 1 }, at: { type: 'string', format: 'date-time' },
          ratePerSecond: { type: 'integer', minimum: 1, maximum: 1000, default: 50 } } },
    ],
  },
  handles: () => ['next'],
  waits: () => false,
  entry: true,
  references: (config) => {
    const { segmentId, event, filter } = loose(config);
    return {
      segments: typeof segmentId === 'string' ? [{ path: 'segmentId', value: segmentId }] : [],
      events: typeof event === 'string' && event ? [{ path: 'event', value: event }] : [],
      conditions: [{ path: 'filter', value: filter }],
    };
  },
  summary: (config, context) => {
    const c = loose(config);
    switch (c.kind) {
      case 'event': return `on event ${text(c.event)}${c.filter ? ' (filtered)' : ''}`;
      case 'segment_entry': return `enters segment ${text(c.segmentId)}`;
      case 'date_attribute': return `on ${text(c.attribute)}${offset(c.offset, context)}${c.atLocalTime ? ` at ${String(c.atLocalTime)}` : ''}`;
      case 'api': return 'started through the API';
      case 'broadcast': return `broadcast to ${c.segmentId ? `segment ${String(c.segmentId)}` : 'everyone'}`;
      default: return 'no trigger kind';
    }
  },
  *run({ config, enteredAt, contact }) {
    // A date trigger may name the local time to start at, e.g. 10:00 in the contact's timezone.
    if (config.kind === 'date_attribute' && config.atLocalTime) {
      yield { kind: 'sleep', until: nextLocalTime(enteredAt, config.atLocalTime, validZone(contact.timezone ?? undefined)) };
    }
    return { handle: 'next' };
  },
};
