import { dayNumberToIso, toDayNumber } from '../../model/fuzzy-date';

/** Which end of the range a typed date is for: a month or a year stands for its first day at the start, its last at the end. */
export type RangeSide = 'from' | 'to';

/** Why a typed date is refused. */
export type TypedDateProblem =
  | { reason: 'format' }
  | { reason: 'month'; month: number }
  /** The month has no such day (2018-02-30): `monthStart` is the month's first day, `days` how many it has. */
  | { reason: 'day'; monthStart: number; days: number };

export type TypedDate =
  /** An empty field: no limit on that side. */
  | { kind: 'empty' }
  | { kind: 'date'; iso: string; day: number }
  /** The start of a date that more typing can finish ("2021-0"): not wrong yet, not a date either. */
  | { kind: 'incomplete' }
  | { kind: 'invalid'; problem: TypedDateProblem };

const FULL = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** What can still grow into a date in ISO form: "2", "2021", "2021-", "2021-1", "2021-10-", "2021-10-1". */
const PREFIX = /^(?:[1-9]\d{0,2}|\d{4}-|\d{4}-\d|\d{4}-\d{2}-|\d{4}-\d{2}-\d)$/;

function daysInMonth(year: number, month: number): number {
  return toDayNumber(year, month + 1, 1) - toDayNumber(year, month, 1);
}

/**
 * A date typed in ISO form, whatever the browser's locale: YYYY-MM-DD, or YYYY-MM and YYYY, which
 * stand for their first day on the `from` side and their last day on the `to` side.
 */
export function parseTypedDate(text: string, side: RangeSide): TypedDate {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };
  const match = FULL.exec(value);
  if (!match) return PREFIX.test(value) ? { kind: 'incomplete' } : { kind: 'invalid', problem: { reason: 'format' } };
  const year = Number(match[1]);
  if (match[2] === undefined) {
    const day = side === 'from' ? toDayNumber(year, 1, 1) : toDayNumber(year + 1, 1, 1) - 1;
    return { kind: 'date', iso: dayNumberToIso(day), day };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { kind: 'invalid', problem: { reason: 'month', month } };
  const days = daysInMonth(year, month);
  if (match[3] === undefined) {
    const day = toDayNumber(year, month, side === 'from' ? 1 : days);
    return { kind: 'date', iso: dayNumberToIso(day), day };
  }
  const dayOfMonth = Number(match[3]);
  if (dayOfMonth < 1 || dayOfMonth > days) return { kind: 'invalid', problem: { reason: 'day', monthStart: toDayNumber(year, month, 1), days } };
  const day = toDayNumber(year, month, dayOfMonth);
  return { kind: 'date', iso: dayNumberToIso(day), day };
}

/**
 * What to say about a field's text. While typing (`committing` false) only what no more typing can
 * mend is a problem; on Enter or blur an unfinished date is one too.
 */
export function typedDateProblem(text: string, side: RangeSide, committing: boolean): TypedDateProblem | null {
  const parsed = parseTypedDate(text, side);
  if (parsed.kind === 'invalid') return parsed.problem;
  if (parsed.kind === 'incomplete' && committing) return { reason: 'format' };
  return null;
}
