import { IsIn, IsOptional } from 'class-validator';
import { ContactReferenceDto } from '../../common/contact-reference.dto';
import { PageQueryDto } from '../../common/page-query.dto';

/** An API trigger: the contact by id, or by externalId (created when unknown). */
export class EnrollDto extends ContactReferenceDto {}

/** A journey's enrollments, newest first, a page at a time. */
export class ListEnrollmentsDto extends PageQueryDto {
  @IsOptional()
  @IsIn(['active', 'completed', 'exited', 'converted', 'cancelled', 'failed'])
  status?: string;
}
