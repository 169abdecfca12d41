import { dayNumberToIso, parseIsoDay, toDayNumber } from '../../model/fuzzy-date';
import { monthIndexOf, monthStartDay, type TimeDomain } from './time-scale';

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

/**
 * The month boundary `months` steps from `boundary` (a day that starts a month, or any day between
 * two boundaries): forward from 13 Oct is 1 Nov, back from 13 Oct is 1 Oct, back from 1 Oct is 1 Sep.
 */
function stepBoundary(boundary: number, months: number): number {
  const month = monthIndexOf(boundary);
  const onBoundary = monthStartDay(month) === boundary;
  return monthStartDay(months > 0 || onBoundary ? month + months : month + months + 1);
}

/**
 * Keys a brush handle answers to: arrows move to the next or previous month boundary (a year with
 * Shift), Page keys a year, Home/End to the edges. The start lands on the first day of a month, the
 * end on the last, and a handle stops a month short of the other one (or where it is, if closer).
 */
export function moveHandle(range: DayRange, side: BrushSide, key: string, shift: boolean, domain: TimeDomain): DayRange | null {
  // The end works on the boundary after its last day, so both handles step between month starts.
  const current = side === 'from' ? (range.from ?? domain.start) : (range.to ?? domain.end) + 1;
  const [lowest, highest] =
    side === 'from'
      ? [domain.start, monthStartDay(monthIndexOf(range.to ?? domain.end))]
      : [monthStartDay(monthIndexOf(range.from ?? domain.start) + 1), domain.end + 1];
  const months = shift ? 12 : 1;
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = stepBoundary(current, months);
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = stepBoundary(current, -months);
      break;
    case 'PageUp':
      next = stepBoundary(current, 12);
      break;
    case 'PageDown':
      next = stepBoundary(current, -12);
      break;
    case 'Home':
      next = lowest;
      break;
    case 'End':
      next = highest;
      break;
    default:
      return null;
  }
  next = Math.min(highest, Math.max(lowest, next));
  // A handle already closer to the other one than a month stays put rather than move the wrong way.
  const forward = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp' || key === 'End';
  if (forward ? next < current : next > current) next = current;
  return { ...range, [side]: side === 'from' ? next : next - 1 };
}

/** Whether a dated span overlaps the range, as the date filter decides it; every dated span matches an open range. */
export function overlapsRange(start: number, end: number, range: DayRange): boolean {
  return (range.from === null || end >= range.from) && (range.to === null || start <= range.to);
}

export function isRangeSet(range: DayRange): boolean {
  return range.from !== null || range.to !== null;
}
