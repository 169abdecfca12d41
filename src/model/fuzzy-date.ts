import type { FuzzyDate } from '../data/schema';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) for a calendar date. */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** A moment's local calendar day (as a day number, for Formatter.day) and its local time "14:03": when a file was exported. */
export function localDayAndTime(at: Date): { day: number; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: toDayNumber(at.getFullYear(), at.getMonth() + 1, at.getDate()), time: `${pad(at.getHours())}:${pad(at.getMinutes())}` };
}

export function dayNumberToIso(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Parses "2020", "2020-11" or "2020-11-30" to the first day it covers; null if it is not a real date. */
export function parseIsoDay(value: string): number | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const n = toDayNumber(year, month, day);
  return dayNumberToIso(n).startsWith(`${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) ? n : null;
}

/** The span of days a date covers, inclusive at both ends; null when unknown. */
export function dateInterval(date: FuzzyDate): { start: number; end: number } | null {
  if (date.precision === 'unknown' || date.value === null) return null;
  const [y, m, d] = date.value.split('-').map(Number) as [number, number?, number?];
  switch (date.precision) {
    case 'day':
      return { start: toDayNumber(y, m!, d!), end: toDayNumber(y, m!, d!) };
    case 'month':
      return { start: toDayNumber(y, m!, 1), end: toDayNumber(y, m! + 1, 1) - 1 };
    case 'year':
      return { start: toDayNumber(y, 1, 1), end: toDayNumber(y + 1, 1, 1) - 1 };
  }
}

/** The year a date falls in, or null when unknown. */
export function yearOf(date: FuzzyDate): number | null {
  return date.value === null ? null : Number(date.value.slice(0, 4));
}
