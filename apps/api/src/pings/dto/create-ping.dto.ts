import { IsString, MaxLength, MinLength } from 'class-validator';

export class CreatePingDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  message!: string;
}
