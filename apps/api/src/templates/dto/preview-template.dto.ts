import { Type } from 'class-transformer';
import { IsISO8601, IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { ContactReferenceDto } from '../../common/contact-reference.dto';
import { RawJson } from '../../common/raw-json.decorator';

/** The event the preview pretends started the journey. */
export class PreviewEventDto {
  @Matches(/^[A-Za-z0-9_.:-]{1,200}$/, { message: 'name must be 1 to 200 letters, digits or _.:-' })
  @IsString()
  name!: string;

  @IsOptional()
  @IsObject()
  @RawJson()
  properties?: Record<string, unknown>;

  /** Now when omitted. */
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;
}

/** Renders for an existing contact, named by `contactId` or `externalId` (never created here). */
export class PreviewTemplateDto extends ContactReferenceDto {
  @IsOptional()
  @ValidateNested()
  @Type(() => PreviewEventDto)
  @IsObject()
  event?: PreviewEventDto;
}
