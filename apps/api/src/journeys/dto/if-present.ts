import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when sent it is checked: unlike @IsOptional, `null` is
 * refused instead of slipping through to a NOT NULL column.
 */
export const IfPresent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
