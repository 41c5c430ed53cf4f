import type { ErrorObject } from 'ajv';
import { joinPath } from '../graph-problem';
import { isRecord } from '../../is-record';
import { pointerToPath, type Schema, type SchemaIssue } from './schema-issue';

export type Explain = (schema: Schema, value: unknown, defs: unknown) => SchemaIssue[];

const siblings = new WeakMap<Schema, Schema>();

/**
 * ajv reports a failed `oneOf` as every error of every branch. A marketer needs one answer: the
 * faults of the shape they evidently meant (picked by a `const` discriminator such as a trigger's
 * `kind`, or by the keys they set), or else the list of accepted shapes.
 */
export function explainOneOf(error: ErrorObject, defs: unknown, explain: Explain): SchemaIssue[] {
  const parent = error.parentSchema as Schema;
  const issues = [
    ...explain(withoutOneOf(parent), error.data, defs),
    ...shapeIssues(error.schema as Schema[], error.data, defs, explain),
  ];
  const base = pointerToPath(error.instancePath);
  return issues.map((issue) => ({ ...issue, path: joinPath(base, issue.path) }));
}

function shapeIssues(branches: Schema[], value: unknown, defs: unknown, explain: Explain): SchemaIssue[] {
  const record = isRecord(value) ? value : {};
  const key = discriminator(branches);
  if (key) {
    const kinds = branches.map((branch) => constOf(branch, key));
    const index = kinds.findIndex((kind) => kind === record[key]);
    if (index >= 0) return explain(branches[index], value, defs);
    const predicate = record[key] === undefined ? 'is required: one of' : 'must be one of';
    return [{ path: key, keyword: 'oneOf', message: `${predicate} ${kinds.map(String).join(', ')}` }];
  }
  const required = branches.map(requiredOf);
  const present = required.map((keys) => keys.filter((name) => record[name] !== undefined).length);
  const complete = required.flatMap((keys, index) => (keys.length > 0 && present[index] === keys.length ? [index] : []));
  const shapes = (indexes: number[]) => indexes.map((index) => required[index].join(' and '));
  if (complete.length > 1) {
    return [{ path: '', keyword: 'oneOf', message: `mixes ${shapes(complete).join(' with ')}: use only one of them` }];
  }
  const best = complete[0] ?? (Math.max(...present) > 0 ? present.indexOf(Math.max(...present)) : -1);
  const issues = best >= 0 ? explain(branches[best], value, defs) : [];
  if (issues.length > 0) return issues;
  return [{ path: '', keyword: 'oneOf', message: `needs one of: ${shapes(branches.map((_, index) => index)).join('; ')}` }];
}

/** A property every branch pins with `const`: it names the shape outright. */
function discriminator(branches: Schema[]): string | undefined {
  const [first, ...others] = branches.map((branch) => Object.keys(propertiesOf(branch)).filter((key) => constOf(branch, key) !== undefined));
  return first?.find((key) => others.every((keys) => keys.includes(key)));
}

function propertiesOf(branch: Schema): Record<string, unknown> {
  return isRecord(branch.properties) ? branch.properties : {};
}

function constOf(branch: Schema, key: string): unknown {
  const property = propertiesOf(branch)[key];
  return isRecord(property) ? property.const : undefined;
}

function requiredOf(branch: Schema): string[] {
  return Array.isArray(branch.required) ? branch.required.map(String) : [];
}

/** The keywords beside the `oneOf` (a cascade step's `channel`...), checked on their own; cached so each compiles once. */
function withoutOneOf(parent: Schema): Schema {
  let rest = siblings.get(parent);
  if (!rest) {
    const { oneOf: _oneOf, ...others } = parent;
    rest = others;
    siblings.set(parent, rest);
  }
  return rest;
}
