import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength } from 'class-validator';

/** A journey's display name: 1 to 200 characters, not only blanks. */
export const JourneyName = () =>
  // Checked in this order, and the pipe stops at the first failure: the type check comes first.
  applyDecorators(IsString(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(200));
