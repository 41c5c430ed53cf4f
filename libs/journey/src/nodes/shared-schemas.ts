import { LOCAL_TIME_PATTERN } from '../time/local-time';

export const durationSchema = { type: 'string', format: 'duration' } as const;
export const localTimeSchema = { type: 'string', pattern: LOCAL_TIME_PATTERN } as const;
export const idSchema = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' } as const;

export const contentSchema = {
  type: 'object',
  required: ['body'],
  additionalProperties: false,
  properties: { subject: { type: 'string', maxLength: 1_000 }, body: { type: 'string', minLength: 1, maxLength: 100_000 } },
} as const;

/** A message is a saved template or inline content, never both. */
export const messageSourceSchema = {
  oneOf: [
    { required: ['templateId'], not: { required: ['content'] } },
    { required: ['content'], not: { required: ['templateId'] } },
  ],
} as const;

/** What every message-sending config has: the channel and the message (template or inline content). */
export const messageProperties = {
  channel: idSchema,
  templateId: { type: 'string', minLength: 1 },
  content: contentSchema,
} as const;
