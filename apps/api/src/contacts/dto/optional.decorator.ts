import { IsOptional, ValidateIf } from 'class-validator';

/**
 * An optional field. Absent skips its checks; `null` is accepted only when `nullable` (it clears
 * the value), otherwise `null` goes through the checks and is rejected with the field's path.
 */
export function Optional({ nullable = false }: { nullable?: boolean } = {}): PropertyDecorator {
  return nullable ? IsOptional() : ValidateIf((_, value) => value !== undefined);
}
