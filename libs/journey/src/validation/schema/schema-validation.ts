import type { ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import { isDuration } from '../../time/duration';
import { explainOneOf } from './one-of';
import type { Schema, SchemaIssue } from './schema-issue';
import { issueOf } from './schema-messages';

// 2019-09, not ajv's draft-07 default: node schemas use `dependentRequired`, which draft-07 silently ignores.
const ajv = new Ajv2019({ allErrors: true, strict: false, verbose: true });
ajv.addFormat('duration', { type: 'string', validate: isDuration });
ajv.addFormat('date-time', { type: 'string', validate: (text: string) => !Number.isNaN(Date.parse(text)) });

const compiled = new WeakMap<Schema, ValidateFunction>();

/** Node schemas are module constants, so each (and each branch explained) is compiled once. */
function validatorFor(schema: Schema, defs: unknown): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // A branch taken out of its schema keeps the root's `$defs`, so its `$ref`s still resolve.
    validate = ajv.compile(defs !== undefined && schema.$defs === undefined ? { ...schema, $defs: defs } : schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export function matchesSchema({ schema, value }: { schema: Schema; value: unknown }): boolean {
  return validatorFor(schema, undefined)(value);
}

/** Where `value` breaks `schema`, one readable issue per fault. */
export function schemaIssues({ schema, value }: { schema: Schema; value: unknown }): SchemaIssue[] {
  return explain(schema, value, schema.$defs);
}

function explain(schema: Schema, value: unknown, defs: unknown): SchemaIssue[] {
  const validate = validatorFor(schema, defs);
  if (validate(value)) return [];
  const errors = [...(validate.errors ?? [])];
  // Outermost oneOfs own every error at or below them; explainOneOf re-derives the ones that matter.
  const oneOfs = errors.filter(
    (error) => error.keyword === 'oneOf' && !errors.some((other) => other.keyword === 'oneOf' && isBelow(error.instancePath, other.instancePath)),
  );
  const plain = errors.filter(
    (error) => error.keyword !== 'oneOf' && !oneOfs.some((oneOf) => error.instancePath === oneOf.instancePath || isBelow(error.instancePath, oneOf.instancePath)),
  );
  const issues = [...plain.map(issueOf), ...oneOfs.flatMap((oneOf) => explainOneOf(oneOf, defs, explain))];
  // Sibling oneOfs (and a branch's own re-check) can find the same fault twice.
  return [...new Map(issues.map((issue) => [`${issue.path}\u0000${issue.message}`, issue])).values()];
}

function isBelow(pointer: string, ancestor: string): boolean {
  return pointer.startsWith(`${ancestor}/`);
}
