import { IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { Optional } from './optional.decorator';

export class SearchContactsDto extends PageQueryDto {
  /** Matched, case-insensitively, anywhere in the email, external id or phone. */
  @Optional()
  @MaxLength(200)
  @IsString()
  query?: string;
}
