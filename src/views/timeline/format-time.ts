import { monthStartDay } from './time-scale';

const DAY_MS = 86_400_000;
const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Feb 25, 2025" for a day number. */
export function formatDay(day: number): string {
  return DAY.format(new Date(day * DAY_MS));
}

/** "Feb 2025" for a month index (year * 12 + month - 1). */
export function formatMonth(month: number): string {
  return MONTH.format(new Date(monthStartDay(month) * DAY_MS));
}

export const PRECISION_LABELS = { day: 'to the day', month: 'to the month', year: 'to the year', unknown: 'unknown' } as const;
