// Type aliases, not interfaces: a channel definition's settings must fit Record<string, unknown>.

/** A workspace's SMTP provider (`PUT /api/v1/channels/email/credentials`). */
export type EmailCredentials = {
  host: string;
  port: number;
  /** TLS from the first byte (usually port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  pass?: string;
  /** The default sender, e.g. `Shop <news@shop.example.com>`. */
  from: string;
  /** Signs delivery reports (bounces, complaints) posted to the email webhook. */
  webhookSecret?: string;
};

/** What an email node may set besides its message. */
export type EmailConfig = {
  from?: string;
  replyTo?: string;
};

const address = { type: 'string', minLength: 3, maxLength: 320 } as const;

export const emailCredentialsSchema = {
  type: 'object',
  required: ['host', 'port', 'from'],
  additionalProperties: false,
  properties: {
    host: { type: 'string', minLength: 1, maxLength: 253, title: 'SMTP host' },
    port: { type: 'integer', minimum: 1, maximum: 65535, default: 587 },
    secure: { type: 'boolean', default: false, description: 'TLS from the first byte (port 465); otherwise STARTTLS when offered' },
    user: { type: 'string', maxLength: 320 },
    pass: { type: 'string', maxLength: 1000, writeOnly: true },
    from: { ...address, description: 'Default sender, e.g. "Shop <news@shop.example.com>"' },
    webhookSecret: { type: 'string', minLength: 16, maxLength: 200, writeOnly: true, description: 'Signs bounce and complaint reports (X-Cascade-Signature)' },
  },
};

export const emailConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { ...address, description: 'Sender for this message instead of the workspace default' },
    replyTo: { ...address, title: 'Reply-To' },
  },
};
