import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IntegerFromDigits } from '../../common/decimal-number';
import { PageQueryDto } from '../../common/page-query.dto';

/** A contact's events, newest first: pages of up to 200 (an event is small). */
export class ContactEventsQuery extends PageQueryDto {
  // Redeclared whole: class-validator drops the inherited rules of a property the subclass validates.
  @IsOptional()
  @Max(200)
  @Min(1)
  @IsInt()
  @IntegerFromDigits()
  override limit: number = 50;
}
