import { IsIn, IsOptional } from 'class-validator';
import { ContactReferenceDto } from '../../common/contact-reference.dto';

/** An API trigger: the contact by id, or by externalId (created when unknown). */
export class EnrollDto extends ContactReferenceDto {}

export class ListEnrollmentsDto {
  @IsOptional()
  @IsIn(['active', 'completed', 'exited', 'converted', 'cancelled', 'failed'])
  status?: string;
}
