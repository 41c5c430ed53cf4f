import { IsString, MaxLength, MinLength } from 'class-validator';

export class CreatePingDto {
  // Decorators register bottom-up and the pipe stops at the first failure: the type check goes last.
  @MaxLength(200)
  @MinLength(1)
  @IsString()
  message!: string;
}
