import { dayNumberToIso, parseIsoDay, toDayNumber } from '../../model/fuzzy-date';
import { addMonths } from './brush';
import { yearOfDay } from './time-scale';

/** A range the date presets offer: every date, one calendar year, or the twelve months up to today. */
export type DatePreset = { kind: 'all' } | { kind: 'year'; year: number } | { kind: 'last12' };

export const ALL_DATES: DatePreset = { kind: 'all' };
export const LAST_12_MONTHS: DatePreset = { kind: 'last12' };
export const yearPreset = (year: number): DatePreset => ({ kind: 'year', year });

/** A date clause as the filters hold it: ISO days, null for an open end. */
export interface IsoRange {
  from: string | null;
  to: string | null;
}

/** The calendar years any dated initiative overlaps, in order: the years a preset is offered for. */
export function yearsWithData(rows: ReadonlyArray<{ start: number | null; end: number | null }>): number[] {
  const years = new Set<number>();
  for (const row of rows) {
    if (row.start === null || row.end === null) continue;
    for (let year = yearOfDay(row.start), last = yearOfDay(row.end); year <= last; year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The twelve months up to and including `today` (a day number): from the day after the same date a
 * year before (2 Dec 2025 to 1 Dec 2026; 29 Feb counts back to 1 Mar).
 */
export function lastTwelveMonths(today: number): { from: number; to: number } {
  return { from: addMonths(today, -12) + 1, to: today };
}

/** The date clause a preset sets, `today` being the local calendar day (only "last 12 months" reads it). */
export function presetRange(preset: DatePreset, today: number): IsoRange {
  switch (preset.kind) {
    case 'all':
      return { from: null, to: null };
    case 'year':
      return { from: dayNumberToIso(toDayNumber(preset.year, 1, 1)), to: dayNumberToIso(toDayNumber(preset.year, 12, 31)) };
    case 'last12': {
      const { from, to } = lastTwelveMonths(today);
      return { from: dayNumberToIso(from), to: dayNumberToIso(to) };
    }
  }
}

/** Whether the date clause is exactly what `preset` sets. */
export function isPresetRange(range: IsoRange, preset: DatePreset, today: number): boolean {
  const wanted = presetRange(preset, today);
  const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : parseIsoDay(a) === parseIsoDay(b));
  return same(range.from, wanted.from) && same(range.to, wanted.to);
}
