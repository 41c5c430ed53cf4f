import { isRecord } from '../is-record';
import type { MessageContent } from '../runtime/messages';
import { messageId } from '../runtime/messages';
import type { NodeHandler } from '../runtime/node-handler';
import { sendMessage } from '../runtime/send-message';
import { messageProperties, messageSourceSchema } from './shared-schemas';
import { loose, messageSummary } from './node-reading';

export interface SendConfig {
  channel: string;
  templateId?: string;
  content?: MessageContent;
  transactional?: boolean;
  onCap?: 'skip' | 'defer';
  [channelSetting: string]: unknown;
}

/** The send's own keys; the rest of its config is the channel's settings. */
const SEND_KEYS = ['channel', 'templateId', 'content', 'transactional', 'onCap'] as const;

/** Sends one message. Skipped (unreachable, unsubscribed, capped) goes on through `next`; a failure through `failed`. */
export const sendNode: NodeHandler<SendConfig> = {
  type: 'send',
  label: 'Send',
  defaultConfig: { channel: 'email', content: { subject: 'Hello', body: 'Hello {{ contact.email }}' } },
  configSchema: {
    type: 'object',
    required: ['channel'],
    properties: {
      ...messageProperties,
      transactional: { type: 'boolean' },
      onCap: { enum: ['skip', 'defer'] },
    },
    ...messageSourceSchema,
  },
  handles: () => ['next', 'failed'],
  optionalHandles: ['failed'],
  waits: () => false,
  messages: (config) => (isRecord(config) ? [{ path: '', message: config, ownKeys: SEND_KEYS }] : []),
  summary: (config, context) => messageSummary(loose(config), context),
  *run({ config, enrollmentId, node, visit }) {
    const { channel, templateId, content, transactional, onCap, ...channelConfig } = config;
    const { result } = yield* sendMessage({
      kind: 'send',
      messageId: messageId({ enrollmentId, nodeId: node.id, step: 0, visit }),
      nodeId: node.id,
      step: 0,
      channel,
      templateId,
      content,
      config: channelConfig,
      transactional: transactional ?? false,
      onCap: onCap ?? 'defer',
    });
    return { handle: result.status === 'failed' ? 'failed' : 'next' };
  },
};
