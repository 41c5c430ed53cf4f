import { durationSchema, idSchema, localTimeSchema } from '../nodes/shared-schemas';

/** JSON Schema of MessagingRules, as stored in `messaging_rules.rules`. */
export const messagingRulesSchema = {
  type: 'object',
  required: ['caps'],
  additionalProperties: false,
  properties: {
    caps: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['max', 'window'],
        additionalProperties: false,
        properties: { channel: idSchema, max: { type: 'integer', minimum: 1 }, window: durationSchema },
      },
    },
    quietHours: {
      oneOf: [
        { type: 'null' },
        { type: 'object', required: ['start', 'end'], additionalProperties: false, properties: { start: localTimeSchema, end: localTimeSchema } },
      ],
    },
  },
} as const;
