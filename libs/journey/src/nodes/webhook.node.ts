import type { NodeHandler } from '../runtime/node-handler';
import { loose, text } from './node-reading';

export interface WebhookConfig {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: unknown;
}

/** An HTTP call (templated), e.g. creating a CRM deal or task. A non-2xx answer leaves through `failed`. */
export const webhookNode: NodeHandler<WebhookConfig> = {
  type: 'webhook',
  label: 'Webhook',
  defaultConfig: { url: 'https://crm.example.com/hooks/cascade', method: 'POST' },
  configSchema: {
    type: 'object',
    required: ['url', 'method'],
    additionalProperties: false,
    properties: {
      url: { type: 'string', pattern: '^https?://', maxLength: 2_000 },
      method: { enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      body: {},
    },
  },
  handles: () => ['next', 'failed'],
  optionalHandles: ['failed'],
  waits: () => false,
  summary: (config) => {
    const c = loose(config);
    let host = text(c.url);
    try { host = new URL(host).host; } catch { /* shown as written */ }
    return `${text(c.method)} ${host}`;
  },
  *run({ config, enrollmentId, node, visit }) {
    const resume = yield {
      kind: 'call_webhook',
      requestId: `${enrollmentId}:${node.id}:${visit}`,
      url: config.url,
      method: config.method,
      headers: config.headers,
      body: config.body,
    };
    return { handle: resume.kind === 'webhook_called' && resume.ok ? 'next' : 'failed' };
  },
};
