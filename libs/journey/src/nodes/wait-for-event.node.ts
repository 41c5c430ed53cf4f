import type { Condition } from '../conditions/condition.types';
import { conditionDefs, conditionRef } from '../conditions/condition.schema';
import type { NodeHandler } from '../runtime/node-handler';
import { addDuration } from '../time/duration';
import { validZone } from '../time/local-time';
import { durationSchema } from './shared-schemas';
import { duration, loose, text } from './node-reading';

export interface WaitForEventConfig {
  event: string;
  filter?: Condition;
  timeout: string;
}

/**
 * Waits for an event, up to a timeout. An event that arrived after the contact entered the node
 * counts even when it came before the wait began (the driver buffers events).
 */
export const waitForEventNode: NodeHandler<WaitForEventConfig> = {
  type: 'wait_for_event',
  label: 'Wait for event',
  defaultConfig: { event: 'purchase', timeout: 'P3D' },
  configSchema: {
    $defs: conditionDefs,
    type: 'object',
    required: ['event', 'timeout'],
    additionalProperties: false,
    properties: { event: { type: 'string', minLength: 1 }, filter: conditionRef, timeout: durationSchema },
  },
  handles: () => ['event', 'timeout'],
  waits: () => true,
  references: (config) => {
    const { event, filter } = loose(config);
    return { events: typeof event === 'string' && event ? [{ path: 'event', value: event }] : [], conditions: [{ path: 'filter', value: filter }] };
  },
  summary: (config, context) => {
    const c = loose(config);
    return `wait for ${text(c.event)} · up to ${duration(c.timeout, context)}`;
  },
  *run({ config, enteredAt, contact }) {
    const resume = yield {
      kind: 'wait_for_event',
      event: config.event,
      filter: config.filter,
      since: enteredAt,
      until: addDuration(enteredAt, config.timeout, validZone(contact.timezone ?? undefined)),
    };
    return { handle: resume.kind === 'event' ? 'event' : 'timeout' };
  },
};
