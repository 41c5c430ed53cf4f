import { registerDecorator } from 'class-validator';
import { parseDuration } from '@cascade/journey';

/** The longest window a cap counts sends in. Longer ones (P999999999Y) leave no valid window start and break every send. */
const MAX_WINDOW_MS = 366 * 24 * 60 * 60 * 1000;

/** A positive ISO-8601 duration of at most a year, such as P7D or PT12H: a window a cap counts sends in. */
export function IsCapWindow(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDuration',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => {
          const millis = typeof value === 'string' ? (parseDuration(value)?.toMillis() ?? 0) : 0;
          return millis > 0 && millis <= MAX_WINDOW_MS;
        },
        defaultMessage: (args) => `${args?.property} must be a positive ISO-8601 duration of at most a year, such as P7D or PT12H`,
      },
    });
}
