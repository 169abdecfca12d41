import { dayNumberToIso, parseIsoDay, toDayNumber } from '../../model/fuzzy-date';
import { xToDay, type TimeDomain, type TimeScale } from './time-scale';

const DAY_MS = 86_400_000;

/** The date clause as inclusive day numbers; null is an open end. */
export interface DayRange {
  from: number | null;
  to: number | null;
}

export type BrushSide = 'from' | 'to';

export function rangeFromFilters(filters: { dateFrom: string | null; dateTo: string | null }): DayRange {
  return {
    from: filters.dateFrom ? parseIsoDay(filters.dateFrom) : null,
    to: filters.dateTo ? parseIsoDay(filters.dateTo) : null,
  };
}

/**
 * The filter values for a brushed range: ISO days, with a bound at or beyond the edge of the axis
 * written as an open end (null), so dragging a handle back to the edge removes that side.
 */
export function filterValuesOf(range: DayRange, domain: TimeDomain): { from: string | null; to: string | null } {
  const from = range.from === null || range.from <= domain.start ? null : dayNumberToIso(range.from);
  const to = range.to === null || range.to >= domain.end ? null : dayNumberToIso(range.to);
  return { from, to };
}

/** The range between two pixels of a drag, in either direction, both ends inclusive and inside the axis. */
export function rangeFromDrag(scale: TimeScale, xa: number, xb: number): { from: number; to: number } {
  const [left, right] = xa <= xb ? [xa, xb] : [xb, xa];
  return { from: xToDay(scale, left), to: xToDay(scale, right) };
}

function isLastDayOfMonth(day: number): boolean {
  return new Date((day + 1) * DAY_MS).getUTCDate() === 1;
}

/**
 * Moves a day by calendar months. The day of the month is kept where the target month has it
 * (31 Jan + 1 month = 28/29 Feb); the last day of a month stays the last day when `keepMonthEnd`.
 */
export function addMonths(day: number, months: number, keepMonthEnd = false): number {
  const date = new Date(day * DAY_MS);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = toDayNumber(year, month + 1, 1) - 1;
  if (keepMonthEnd && isLastDayOfMonth(day)) return lastDay;
  return Math.min(toDayNumber(year, month, date.getUTCDate()), lastDay);
}

/** Keys a brush handle answers to: arrows move by a month (a year with Shift), Page keys by a year, Home/End to the edges. */
export function moveHandle(range: DayRange, side: BrushSide, key: string, shift: boolean, domain: TimeDomain): DayRange | null {
  const current = range[side] ?? (side === 'from' ? domain.start : domain.end);
  const months = shift ? 12 : 1;
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = addMonths(current, months, side === 'to');
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = addMonths(current, -months, side === 'to');
      break;
    case 'PageUp':
      next = addMonths(current, 12, side === 'to');
      break;
    case 'PageDown':
      next = addMonths(current, -12, side === 'to');
      break;
    case 'Home':
      next = domain.start;
      break;
    case 'End':
      next = domain.end;
      break;
    default:
      return null;
  }
  next = Math.min(domain.end, Math.max(domain.start, next));
  // A handle does not pass the other one.
  if (side === 'from' && range.to !== null) next = Math.min(next, range.to);
  if (side === 'to' && range.from !== null) next = Math.max(next, range.from);
  return { ...range, [side]: next };
}

/** Whether a dated span overlaps the range, as the date filter decides it; every dated span matches an open range. */
export function overlapsRange(start: number, end: number, range: DayRange): boolean {
  return (range.from === null || end >= range.from) && (range.to === null || start <= range.to);
}

export function isRangeSet(range: DayRange): boolean {
  return range.from !== null || range.to !== null;
}
