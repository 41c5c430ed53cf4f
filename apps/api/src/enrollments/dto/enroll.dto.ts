import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';

/** An API trigger: the contact by id, or by externalId (created when unknown). */
export class EnrollDto {
  @ValidateIf((body: EnrollDto) => body.contactId === undefined)
  @MaxLength(200)
  @IsString({ message: 'externalId or contactId is required' })
  externalId?: string;

  // Checked whenever present (null included), and required when there is no externalId.
  @ValidateIf((body: { contactId?: unknown; externalId?: unknown }) => body.contactId !== undefined || body.externalId === undefined)
  @IsUUID()
  contactId?: string;
}

export class ListEnrollmentsDto {
  @IsOptional()
  @IsIn(['active', 'completed', 'exited', 'converted', 'cancelled', 'failed'])
  status?: string;
}
