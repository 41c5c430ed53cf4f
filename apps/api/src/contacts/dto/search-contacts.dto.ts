import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, registerDecorator } from 'class-validator';
import { decodeCursor } from '../contact-cursor';
import { Optional } from './optional.decorator';

export class SearchContactsDto {
  /** Matched, case-insensitively, anywhere in the email, external id or phone. */
  @Optional()
  @MaxLength(200)
  @IsString()
  query?: string;

  @Optional()
  @Max(100)
  @Min(1)
  @IsInt()
  @Type(() => Number)
  limit: number = 50;

  /** `nextCursor` of the previous page. */
  @Optional()
  @IsContactCursor()
  @IsString()
  cursor?: string;
}

function IsContactCursor(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCursor',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && decodeCursor(value) !== null,
        defaultMessage: (args) => `${args?.property} must be a nextCursor returned by this endpoint`,
      },
    });
}
