/**
 * Whether an ISO date truncated to a year, month or day ("2021", "2025-02", "2020-11-30") names a
 * real one. Date.parse does not say: it rolls "2018-02-30" over to 2 March.
 */
export function isRealCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

/** Days in month `month` (1-12) of `year` in the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
