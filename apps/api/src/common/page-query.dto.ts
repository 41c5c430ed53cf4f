import { IsInt, IsOptional, IsString, Max, Min, registerDecorator } from 'class-validator';
import { IntegerFromDigits } from './decimal-number';
import { decodePageCursor } from './page-cursor';

/** `limit` and `cursor` of every keyset-paged list; the list's own filters extend it. */
export class PageQueryDto {
  @IsOptional()
  @Max(100)
  @Min(1)
  @IsInt()
  @IntegerFromDigits()
  limit: number = 50;

  /** `nextCursor` of the previous page. */
  @IsOptional()
  @IsPageCursor()
  @IsString()
  cursor?: string;
}

function IsPageCursor(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCursor',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && decodePageCursor(value) !== null,
        defaultMessage: (args) => `${args?.property} must be a nextCursor returned by this endpoint`,
      },
    });
}
