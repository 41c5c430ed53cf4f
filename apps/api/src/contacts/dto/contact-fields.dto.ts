import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { RawJson } from '../../common/raw-json.decorator';
import { IsJsonObject, isJsonValue } from './json-object.validator';
import { Optional } from './optional.decorator';
import { canonicalTimeZone, IsTimeZone } from './time-zone.validator';

export const MAX_ATTRIBUTES = 100;

/**
 * The writable fields of a contact, shared by create/upsert and update. Every field is optional;
 * `null` clears an address, and an attribute set to `null` is removed.
 * Decorators register bottom-up and the pipe stops at the first failure: the type check goes last.
 */
export class ContactFieldsDto {
  @Optional({ nullable: true })
  @MaxLength(200)
  @MinLength(1)
  @IsString()
  externalId?: string | null;

  @Optional({ nullable: true })
  @MaxLength(254)
  @IsEmail()
  @IsString()
  email?: string | null;

  @Optional({ nullable: true })
  @Matches(/^\+?[0-9]{6,15}$/, { message: 'phone must be an international number such as +79991234567' })
  @IsString()
  phone?: string | null;

  @Optional({ nullable: true })
  @MaxLength(64)
  @MinLength(1)
  @IsString()
  telegramChatId?: string | null;

  @Optional({ nullable: true })
  @IsTimeZone()
  @IsString()
  @Transform(({ value }) => canonicalTimeZone(value) ?? value)
  timezone?: string | null;

  @Optional()
  @RawJson()
  @IsJsonObject({ maxKeys: MAX_ATTRIBUTES, maxKeyLength: 200, values: { accepts: isJsonValue, description: 'a JSON value' } })
  attributes?: Record<string, unknown>;

  @Optional()
  @RawJson()
  @IsJsonObject({ maxKeys: 50, maxKeyLength: 50, values: { accepts: (value) => typeof value === 'boolean', description: 'true or false' } })
  subscriptions?: Record<string, boolean>;

  @Optional()
  @MaxLength(100, { each: true })
  @MinLength(1, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  tags?: string[];
}
