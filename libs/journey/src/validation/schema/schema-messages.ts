import type { ErrorObject } from 'ajv';
import { idSchema } from '../../nodes/shared-schemas';
import { LOCAL_TIME_PATTERN } from '../../time/local-time';
import { joinPath } from '../graph-problem';
import { pointerToPath, type SchemaIssue } from './schema-issue';

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false',
  array: 'a list', object: 'a group of settings', null: 'empty',
};

const FORMATS: Record<string, string> = {
  duration: 'must be an ISO-8601 duration such as PT30M, PT24H or P3D',
  'date-time': 'must be a date and time such as 2026-03-01T09:00:00Z',
};

const PATTERNS: Record<string, string> = {
  [idSchema.pattern]: 'may contain only latin letters, digits, "-" and "_"',
  [LOCAL_TIME_PATTERN]: 'must be a time of day such as 09:00',
  '^https?://': 'must start with http:// or https://',
};

/** One ajv error (other than `oneOf`, which one-of.ts explains) as a readable issue. */
export function issueOf(error: ErrorObject): SchemaIssue {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const at = (message: string, where = path): SchemaIssue => ({ path: where, keyword: error.keyword, message });
  const limit = Number(params.limit);
  switch (error.keyword) {
    case 'required':
      return at('is required', joinPath(path, String(params.missingProperty)));
    case 'dependentRequired':
      return at(`is required when ${String(params.property)} is set`, joinPath(path, String(params.missingProperty)));
    case 'additionalProperties':
      return at('is not a known setting here', joinPath(path, String(params.additionalProperty)));
    case 'type':
      return at(`must be ${[params.type].flat().map((type) => TYPE_NAMES[String(type)] ?? String(type)).join(' or ')}`);
    case 'format':
      return at(FORMATS[String(params.format)] ?? `must be a valid ${String(params.format)}`);
    case 'pattern':
      return at(PATTERNS[String(params.pattern)] ?? 'is not in the expected format');
    case 'minLength':
      return at(limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`);
    case 'maxLength':
      return at(`must be at most ${limit} characters long`);
    case 'minItems':
      return at(limit === 1 ? 'needs at least one item' : `needs at least ${limit} items`);
    case 'maxItems':
      return at(`may have at most ${limit} items`);
    case 'minProperties':
      return at(limit === 1 ? 'must set at least one thing' : `must set at least ${limit} things`);
    case 'minimum':
      return at(`must be at least ${limit}`);
    case 'maximum':
      return at(`must be at most ${limit}`);
    case 'exclusiveMinimum':
      return at(`must be more than ${limit}`);
    case 'exclusiveMaximum':
      return at(`must be less than ${limit}`);
    case 'enum':
      return at(`must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`);
    case 'const':
      return at(`must be ${JSON.stringify(params.allowedValue)}`);
    case 'uniqueItems':
      return at('must not list the same item twice');
    default:
      return at(error.message ?? 'is not valid');
  }
}
