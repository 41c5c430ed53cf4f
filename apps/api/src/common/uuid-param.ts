import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** The `:id` route parameter, a UUID; anything else is a 400 naming the parameter, in the common error shape. */
export const UuidParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new BadRequestException({
          message: 'Request validation failed',
          details: [{ path: name, code: 'isUuid', message: `${name} must be a UUID` }],
        }),
    }),
  );
