import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ExportMembersDto {
  /** SHA-256 of the normalised email and phone instead of the values, for ad-platform audiences. */
  @IsOptional()
  @IsBoolean()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  hashed: boolean = false;
}
