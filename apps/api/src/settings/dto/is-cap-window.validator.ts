import { registerDecorator } from 'class-validator';
import { parseDuration } from '@cascade/journey';

/** A positive ISO-8601 duration such as P7D or PT12H: a window a cap counts sends in. */
export function IsCapWindow(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDuration',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && (parseDuration(value)?.toMillis() ?? 0) > 0,
        defaultMessage: (args) => `${args?.property} must be a positive ISO-8601 duration, such as P7D or PT12H`,
      },
    });
}
