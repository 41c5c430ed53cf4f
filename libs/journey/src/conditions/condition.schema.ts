import { AGGREGATE_FNS, COMPARISON_OPS, COUNT_OPS, MESSAGE_CONDITION_STATUSES } from './condition.types';

/** A contact attribute or event property: `city`, `address.zip`, `items.0.sku`. */
export const ATTRIBUTE_PATH_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$';
const path = { type: 'string', minLength: 1, maxLength: 200, pattern: ATTRIBUTE_PATH_PATTERN } as const;
const duration = { type: 'string', format: 'duration' } as const;
const countSchema = {
  type: 'object', required: ['op', 'value'], additionalProperties: false,
  properties: { op: { enum: [...COUNT_OPS] }, value: { type: 'integer', minimum: 0 } },
} as const;
const windowProperties = { within: duration, ago: duration, tolerance: duration } as const;
const windowDependencies = { ago: ['tolerance'], tolerance: ['ago'] } as const;

const shapes = [
  { type: 'object', required: ['all'], additionalProperties: false,
    properties: { all: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/$defs/condition' } } } },
  { type: 'object', required: ['any'], additionalProperties: false,
    properties: { any: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/$defs/condition' } } } },
  { type: 'object', required: ['not'], additionalProperties: false, properties: { not: { $ref: '#/$defs/condition' } } },
  { type: 'object', required: ['attribute', 'op'], additionalProperties: false,
    properties: { attribute: path, op: { enum: [...COMPARISON_OPS] }, value: {} } },
  { type: 'object', required: ['inSegment'], additionalProperties: false,
    properties: { inSegment: { type: 'string', minLength: 1, maxLength: 200 } } },
  { type: 'object', required: ['event'], additionalProperties: false, dependentRequired: windowDependencies,
    properties: {
      event: { type: 'string', minLength: 1, maxLength: 200 },
      ...windowProperties,
      count: countSchema,
      aggregate: { type: 'object', required: ['fn', 'property', 'op', 'value'], additionalProperties: false,
        properties: { fn: { enum: [...AGGREGATE_FNS] }, property: path, op: { enum: [...COUNT_OPS] }, value: { type: 'number' } } },
      where: { $ref: '#/$defs/condition' },
    } },
] as const;

const messageShape = {
  type: 'object', required: ['message'], additionalProperties: false,
  properties: {
    message: { type: 'object', additionalProperties: false, dependentRequired: windowDependencies,
      properties: {
        channel: { type: 'string', minLength: 1, maxLength: 100 },
        status: { enum: [...MESSAGE_CONDITION_STATUSES] },
        ...windowProperties,
        count: countSchema,
      } },
  },
} as const;

/**
 * JSON Schema of a condition in journeys (branches, filters, goal); `$defs` to be embedded by
 * schemas that contain conditions. Journeys have no messages to read, so no message conditions.
 */
export const conditionDefs = { condition: { oneOf: shapes } } as const;

/** JSON Schema of a segment's condition: the journey language plus message conditions. */
export const segmentConditionDefs = { condition: { oneOf: [...shapes, messageShape] } } as const;

export const conditionRef = { $ref: '#/$defs/condition' } as const;
