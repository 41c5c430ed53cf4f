// Type aliases, not interfaces: a channel definition's settings must fit Record<string, unknown>.

/** A Twilio account, or any provider that speaks Twilio's Messages API (`PUT /api/v1/channels/sms/credentials`). */
export type TwilioCredentials = {
  provider: 'twilio';
  accountSid: string;
  authToken: string;
  /** The sender: a phone number or an alphanumeric sender id. At least one of `from` and `messagingServiceSid` (Twilio takes both). */
  from?: string;
  messagingServiceSid?: string;
  /** Twilio's API root by default; another Twilio-compatible provider's (or a test server's) otherwise. */
  apiUrl?: string;
};

/** Any HTTP SMS gateway: one request per message, its body drawn from a template. */
export type HttpGatewayCredentials = {
  provider: 'http';
  url: string;
  method?: 'POST' | 'PUT';
  /** Sent as given, e.g. `Authorization`; write-only like a password. */
  headers?: Record<string, string>;
  /** The request body with `{{to}}`, `{{text}}`, `{{messageId}}` and `{{from}}`, escaped for `contentType`. */
  body: string;
  contentType?: 'application/json' | 'application/x-www-form-urlencoded';
  /** Where the gateway's message id is in its JSON answer, e.g. `data.id`. */
  messageIdPath?: string;
  /** The sender `{{from}}` stands for. */
  from?: string;
};

export type SmsCredentials = TwilioCredentials | HttpGatewayCredentials;

/** An SMS node carries only its message: sender and provider are workspace settings. */
export type SmsConfig = Record<string, never>;

export const TWILIO_API_URL = 'https://api.twilio.com';

/** The only placeholders a gateway body may use; anything else in `{{ }}` is refused when the settings are saved. */
export const BODY_PLACEHOLDERS = ['to', 'text', 'messageId', 'from'] as const;

const sender = { type: 'string', minLength: 1, maxLength: 32, description: 'A phone number in E.164 (+14155550100) or an alphanumeric sender id' };
const httpUrl = { type: 'string', pattern: '^https?://', maxLength: 2000 };

const twilioSchema = {
  type: 'object',
  title: 'Twilio (or a Twilio-compatible API)',
  required: ['provider', 'accountSid', 'authToken'],
  additionalProperties: false,
  properties: {
    provider: { const: 'twilio' },
    accountSid: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', title: 'Account SID' },
    authToken: { type: 'string', minLength: 1, maxLength: 256, writeOnly: true, description: 'Also checks the signature of status callbacks' },
    from: { ...sender, title: 'From' },
    messagingServiceSid: { type: 'string', minLength: 1, maxLength: 64, title: 'Messaging Service SID', description: 'Instead of (or with) From: Twilio picks the sender from the service' },
    apiUrl: { ...httpUrl, default: TWILIO_API_URL, title: 'API URL' },
  },
  // Not a oneOf: nested in the provider oneOf it would be explained for the gateway too.
  if: { not: { required: ['messagingServiceSid'] } },
  then: { required: ['from'] },
};

const httpGatewaySchema = {
  type: 'object',
  title: 'HTTP SMS gateway',
  required: ['provider', 'url', 'body'],
  additionalProperties: false,
  properties: {
    provider: { const: 'http' },
    url: { ...httpUrl, title: 'URL' },
    method: { enum: ['POST', 'PUT'], default: 'POST' },
    headers: {
      type: 'object',
      writeOnly: true,
      maxProperties: 20,
      propertyNames: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" },
      // Names and values a request can carry: no header splitting through a line break.
      additionalProperties: { type: 'string', maxLength: 2000, pattern: '^[^\\r\\n\\u0000]*$' },
      description: 'e.g. {"Authorization": "Bearer ..."}',
    },
    body: {
      type: 'string',
      minLength: 1,
      maxLength: 10_000,
      // Braces are free text except `{{`, which must open one of BODY_PLACEHOLDERS.
      pattern: `^(?:[^{]|\\{(?!\\{)|\\{\\{\\s*(?:${BODY_PLACEHOLDERS.join('|')})\\s*\\}\\})*$`,
      description: 'e.g. {"to": "{{to}}", "text": "{{text}}"}; placeholders {{to}}, {{text}}, {{messageId}}, {{from}} are escaped for the content type',
    },
    contentType: { enum: ['application/json', 'application/x-www-form-urlencoded'], default: 'application/json' },
    messageIdPath: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^.]+(\\.[^.]+)*$', description: "Where the gateway's id is in its JSON answer, e.g. data.id" },
    from: { ...sender, title: 'From', description: 'What {{from}} stands for' },
  },
};

export const smsCredentialsSchema = {
  type: 'object',
  required: ['provider'],
  oneOf: [twilioSchema, httpGatewaySchema],
};

export const smsConfigSchema = { type: 'object', additionalProperties: false, properties: {} };
