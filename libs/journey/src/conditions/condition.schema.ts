import { COMPARISON_OPS, COUNT_OPS } from './condition.types';

/** JSON Schema of a condition; `$defs` to be embedded by schemas that contain conditions. */
export const conditionDefs = {
  condition: {
    oneOf: [
      { type: 'object', required: ['all'], additionalProperties: false,
        properties: { all: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/$defs/condition' } } } },
      { type: 'object', required: ['any'], additionalProperties: false,
        properties: { any: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/$defs/condition' } } } },
      { type: 'object', required: ['not'], additionalProperties: false, properties: { not: { $ref: '#/$defs/condition' } } },
      { type: 'object', required: ['attribute', 'op'], additionalProperties: false,
        properties: {
          attribute: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$' },
          op: { enum: [...COMPARISON_OPS] },
          value: {},
        } },
      { type: 'object', required: ['inSegment'], additionalProperties: false,
        properties: { inSegment: { type: 'string', minLength: 1 } } },
      { type: 'object', required: ['event'], additionalProperties: false,
        properties: {
          event: { type: 'string', minLength: 1, maxLength: 200 },
          within: { type: 'string', format: 'duration' },
          count: { type: 'object', required: ['op', 'value'], additionalProperties: false,
            properties: { op: { enum: [...COUNT_OPS] }, value: { type: 'integer', minimum: 0 } } },
          where: { $ref: '#/$defs/condition' },
        } },
    ],
  },
} as const;

export const conditionRef = { $ref: '#/$defs/condition' } as const;
