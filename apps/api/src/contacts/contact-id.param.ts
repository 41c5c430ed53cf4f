import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** The `:id` route parameter, a UUID; anything else is a 400 naming the parameter. */
export const ContactId = (): ParameterDecorator =>
  Param(
    'id',
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new BadRequestException({
          message: 'Request validation failed',
          details: [{ path: 'id', code: 'isUuid', message: 'id must be a UUID' }],
        }),
    }),
  );
