import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Name, description and the definition's fields; the kind stays. */
export class UpdateSegmentDto {
  @IsOptional()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  @IsString()
  name?: string;

  @IsOptional()
  @MaxLength(2_000)
  @IsString()
  description?: string | null;

  @IsOptional()
  @IsObject()
  condition?: Record<string, unknown>;

  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(200)
  @IsArray()
  codes?: string[];

  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(200)
  @IsArray()
  cells?: string[];

  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(4)
  @IsArray()
  stages?: string[];
}
