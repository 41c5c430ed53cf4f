/** Calendar days as numbers for time axes: UTC, so a YYYY-MM-DD from the API lands on its own day everywhere. */
const DAY = 86_400_000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 of a YYYY-MM-DD (UTC) date. */
export const dayNumber = (date: string) => Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);

/** "3 Nov" for a day number (UTC). */
export function dayLabel(day: number): string {
  const date = new Date(day * DAY);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}
