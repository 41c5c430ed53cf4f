// Type aliases, not interfaces: a channel definition's settings must fit Record<string, unknown>.

/** The workspace's VAPID key pair (`PUT /api/v1/channels/push/credentials`); the web app subscribes with the public key. */
export type PushCredentials = {
  vapidPublicKey: string;
  vapidPrivateKey: string;
  /** Who push services contact about this sender: `mailto:...` or an https URL. */
  subject: string;
};

/** What a push node may set besides its message (the subject is the title, the body the text). */
export type PushConfig = {
  /** Opened on a click on the notification, through the tracked redirect. */
  url?: string;
  /** Seconds the push service keeps the message for a device that is offline. */
  ttl?: number;
};

/** A reminder that arrives days late does more harm than good: one day, not web-push's four weeks. */
export const DEFAULT_TTL_SECONDS = 86_400;

const base64url = (description: string) => ({ type: 'string', pattern: '^[A-Za-z0-9_-]+=*$', minLength: 40, maxLength: 100, description });

export const pushCredentialsSchema = {
  type: 'object',
  required: ['vapidPublicKey', 'vapidPrivateKey', 'subject'],
  additionalProperties: false,
  properties: {
    vapidPublicKey: { ...base64url('URL-safe base64, as `npx web-push generate-vapid-keys` prints it'), title: 'VAPID public key' },
    vapidPrivateKey: { ...base64url('URL-safe base64'), title: 'VAPID private key', writeOnly: true },
    subject: { type: 'string', pattern: '^(mailto:|https://)', maxLength: 320, description: 'mailto: address or https URL where push services can reach you' },
  },
};

export const pushConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    url: { type: 'string', pattern: '^https?://', maxLength: 2_000, description: 'Page opened when the notification is clicked' },
    ttl: { type: 'integer', minimum: 0, maximum: 2_419_200, default: DEFAULT_TTL_SECONDS, description: 'Seconds the push service keeps the message for an offline device' },
  },
};
