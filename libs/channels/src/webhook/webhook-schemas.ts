// Type aliases, not interfaces: a channel definition's settings must fit Record<string, unknown>.

/** Where and how a webhook node calls, e.g. the CRM's "create deal" endpoint. */
export type WebhookChannelConfig = {
  /** May hold `{{ contact.id }}`, `{{ contact.externalId }}` and `{{ messageId }}` (URL-encoded). */
  url: string;
  method?: 'POST' | 'PUT' | 'PATCH';
  /** Values may hold the same placeholders as the URL. */
  headers?: Record<string, string>;
  /** Sent as written; without it the node's message body (rendered with Liquid) is sent. */
  body?: string;
};

/**
 * Secret headers (API tokens) kept out of the journey graph (`PUT /api/v1/channels/webhook/credentials`),
 * and the one origin they are for: whoever edits a journey chooses its URLs, so the secrets go nowhere else.
 */
export type WebhookChannelCredentials = {
  /** Scheme, host and port, no path: `https://crm.example.com`. */
  origin: string;
  headers: Record<string, string>;
};

/** RFC 9110 token: what a header name may be. */
const HEADER_NAME = "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$";
const headers = {
  type: 'object',
  maxProperties: 50,
  propertyNames: { pattern: HEADER_NAME, maxLength: 100 },
  additionalProperties: { type: 'string', maxLength: 4_000, pattern: '^[^\\r\\n]*$' },
};

export const webhookConfigSchema = {
  type: 'object',
  required: ['url'],
  additionalProperties: false,
  properties: {
    url: { type: 'string', pattern: '^https?://', maxLength: 2_000, description: 'May use {{ contact.id }}, {{ contact.externalId }}, {{ messageId }}' },
    method: { enum: ['POST', 'PUT', 'PATCH'], default: 'POST' },
    headers: { ...headers, description: 'Values may use the same placeholders as the URL; put secrets in the channel credentials' },
    body: { type: 'string', maxLength: 100_000, description: "Sent as written; the message's rendered body when not set" },
  },
};

export const webhookCredentialsSchema = {
  type: 'object',
  required: ['origin', 'headers'],
  additionalProperties: false,
  properties: {
    origin: { type: 'string', pattern: '^https?://[^/?#@\\s]+$', maxLength: 300, description: 'The origin the headers are for, e.g. https://crm.example.com (no path); calls to any other origin go without them' },
    headers: { ...headers, minProperties: 1, writeOnly: true, description: 'Sent, over the node\'s headers, with calls to the origin only, e.g. {"Authorization": "Bearer ..."}' },
  },
};
