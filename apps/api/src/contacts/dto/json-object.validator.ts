import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

export interface JsonObjectRules {
  maxKeys: number;
  maxKeyLength: number;
  /** What every value must be, and how to say so. */
  values: { accepts: (value: unknown) => boolean; description: string };
}

/** A plain object of at most `maxKeys` keys whose values pass `values`: attributes and subscriptions. */
export function IsJsonObject(rules: JsonObjectRules, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isJsonObject',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => problemOf(value, rules) === null,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} ${problemOf(args?.value, rules)}`,
      },
    });
}

function problemOf(value: unknown, rules: JsonObjectRules): string | null {
  if (!isPlainObject(value)) return 'must be an object';
  const entries = Object.entries(value);
  if (entries.length > rules.maxKeys) return `must have at most ${rules.maxKeys} keys`;
  const badKey = entries.find(([key]) => key.length === 0 || key.length > rules.maxKeyLength);
  if (badKey) return `keys must be 1 to ${rules.maxKeyLength} characters long`;
  const badValue = entries.find(([, item]) => !rules.values.accepts(item));
  if (badValue) return `.${badValue[0]} must be ${rules.values.description}`;
  return null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What JSON can carry: the body parser only produces these, but a transform could slip in a Date. */
export function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isPlainObject(value) && Object.values(value).every(isJsonValue);
}
