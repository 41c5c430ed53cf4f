import { addDuration } from '../time/duration';
import { validZone } from '../time/local-time';
import type { MessageContent, WaitForStatus } from '../runtime/messages';
import { messageId, statusesSatisfying, UNDELIVERABLE_STATUSES, WAIT_FOR_STATUSES } from '../runtime/messages';
import type { NodeHandler } from '../runtime/node-handler';
import { sendMessage } from '../runtime/send-message';
import { durationSchema, messageProperties, messageSourceSchema } from './shared-schemas';
import { listedMessages, loose, objects, text } from './node-reading';

export interface CascadeStep {
  channel: string;
  templateId?: string;
  content?: MessageContent;
  /** The step succeeds when its message reaches this status within `within`. */
  waitFor?: WaitForStatus;
  within?: string;
  [channelSetting: string]: unknown;
}

export interface CascadeConfig {
  steps: CascadeStep[];
  transactional?: boolean;
  onCap?: 'skip' | 'defer';
}

/** A step's own keys; the rest of a step is the channel's settings. */
const STEP_KEYS = ['channel', 'templateId', 'content', 'waitFor', 'within'] as const;

/**
 * Email first, then SMS if it is not opened in time, then a messenger...: each step is sent in turn
 * until one reaches its `waitFor` status (`success`). A step the contact cannot be reached on is
 * skipped with its reason; when every step is spent the node leaves through `exhausted`.
 */
export const cascadeNode: NodeHandler<CascadeConfig> = {
  type: 'cascade',
  label: 'Cascade',
  defaultConfig: { steps: [{ channel: 'email', content: { subject: 'Hello', body: 'Hello' }, waitFor: 'opened', within: 'PT24H' }, { channel: 'sms', content: { body: 'Hello' } }] },
  configSchema: {
    type: 'object',
    required: ['steps'],
    additionalProperties: false,
    properties: {
      steps: {
        type: 'array', minItems: 1, maxItems: 10,
        items: {
          type: 'object',
          required: ['channel'],
          properties: {
            ...messageProperties,
            waitFor: { enum: [...WAIT_FOR_STATUSES] },
            within: durationSchema,
          },
          dependentRequired: { waitFor: ['within'], within: ['waitFor'] },
          ...messageSourceSchema,
        },
      },
      transactional: { type: 'boolean' },
      onCap: { enum: ['skip', 'defer'] },
    },
  },
  handles: () => ['success', 'exhausted'],
  waits: (config) => (config.steps ?? []).some((step) => step.within !== undefined),
  messages: (config) => listedMessages(loose(config).steps, 'steps', STEP_KEYS),
  summary: (config, context) => objects(loose(config).steps).map((step) => context.channelLabel(text(step.channel))).join(' → ') || 'no steps',
  *run({ config, enrollmentId, node, visit, contact }) {
    // Windows count in the contact's calendar, like waits (P1D across a DST change is a calendar day).
    const zone = validZone(contact.timezone ?? undefined);
    for (const [index, step] of config.steps.entries()) {
      const { channel, templateId, content, waitFor, within, ...channelConfig } = step;
      const id = messageId({ enrollmentId, nodeId: node.id, step: index, visit });
      const { result, now: sentAt } = yield* sendMessage({
        kind: 'send', messageId: id, nodeId: node.id, step: index, channel, templateId, content, config: channelConfig,
        transactional: config.transactional ?? false, onCap: config.onCap ?? 'defer',
      });
      if (result.status !== 'sent') continue;
      if (!waitFor || !within) return { handle: 'success' };
      // A bounce escalates to the next step at once instead of waiting out the window.
      const statuses = statusesSatisfying(waitFor);
      const outcome = yield { kind: 'wait_for_delivery', messageId: id, statuses, failOn: UNDELIVERABLE_STATUSES, until: addDuration(sentAt, within, zone) };
      if (outcome.kind === 'delivery' && statuses.includes(outcome.status)) return { handle: 'success' };
    }
    return { handle: 'exhausted' };
  },
};
