import { registerDecorator, type ValidationOptions } from 'class-validator';

/** The canonical spelling of an IANA zone (`europe/moscow` → `Europe/Moscow`), or null when it is none. */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => canonicalTimeZone(value) !== null,
        defaultMessage: (args) => `${args?.property} must be an IANA time zone, such as Europe/Moscow`,
      },
    });
}
