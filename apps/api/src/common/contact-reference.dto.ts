import { IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';

/** A contact named by `externalId` (created when unknown) or by `contactId` (must exist in the workspace). */
export class ContactReferenceDto {
  @ValidateIf((body: ContactReferenceDto) => body.contactId === undefined)
  @MaxLength(200)
  @IsString({ message: 'externalId or contactId is required' })
  externalId?: string;

  // Checked whenever present (null included), and required when there is no externalId.
  @ValidateIf((body: ContactReferenceDto) => body.contactId !== undefined || body.externalId === undefined)
  @IsUUID()
  contactId?: string;
}
