import { Transform } from 'class-transformer';

// Number() reads `0x10` as 16, `1e3` as 1000, `0b1`, ` 7 ` and `` too: a client sending those means
// something else, so only plain decimals become numbers; anything else stays as sent and fails @IsInt/@IsNumber.
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/** A query or body integer: a number as sent, or a string of decimal digits read as one. */
export const IntegerFromDigits = () => Transform(({ value }) => (typeof value === 'string' && INTEGER.test(value) ? Number(value) : value));

/** A query or body number: a number as sent, or a plain decimal string (`0.25`) read as one. */
export const NumberFromDecimal = () => Transform(({ value }) => (typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value));

/** The largest value of a Postgres `integer` column (versions, counts): larger ones are refused before SQL. */
export const MAX_PG_INTEGER = 2_147_483_647;
