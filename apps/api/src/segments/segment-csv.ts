import { createHash } from 'node:crypto';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR first) is prefixed with a quote, except phone numbers.
 */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const safe = /^[=+\-@\t\r]/.test(value) && !/^\+\d{6,15}$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** SHA-256 (hex) of an email trimmed and lower-cased, as ad platforms match audiences. */
export function hashEmail(email: string | null): string | null {
  const normalised = email?.trim().toLowerCase();
  return normalised ? sha256(normalised) : null;
}

/** SHA-256 (hex) of a phone in E.164 (+ and digits only, "+7 (900) 123-45-67" → "+79001234567"). */
export function hashPhone(phone: string | null): string | null {
  const digits = phone?.replace(/\D/g, '');
  return digits ? sha256(`+${digits}`) : null;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
