import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SegmentDefinitionDto } from './segment-definition.dto';

export class CreateSegmentDto extends SegmentDefinitionDto {
  /** Unique in the workspace, whatever the case. */
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  @IsString()
  name!: string;

  @IsOptional()
  @MaxLength(2_000)
  @IsString()
  description?: string | null;
}
