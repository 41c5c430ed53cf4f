import { AnalyticsError } from './analytics.error';

export const DEFAULT_PURCHASE_EVENT = 'purchase';
export const DEFAULT_AMOUNT_PROPERTY = 'amount';

/** An event or property name from the workspace settings: non-empty text. */
export function requireName(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AnalyticsError('analytics_setting_invalid', field, `${field} must be a non-empty name`);
  }
  return value;
}

/**
 * An IANA zone name such as Europe/Moscow. Offsets like "+03:00" and POSIX strings are refused:
 * Postgres reads "UTC+3" as three hours *west* of Greenwich, the opposite of what a reader expects.
 */
export function requireTimezone(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return value;
    } catch {
      // Falls through to the error below.
    }
  }
  throw new AnalyticsError('analytics_timezone_invalid', 'timezone', 'timezone must be an IANA time zone name, e.g. Europe/Moscow');
}
