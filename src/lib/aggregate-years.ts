import { countByKeys } from './aggregate-categories';
import type { IndexedInitiative } from './dataset-index';

/** Series key for the sectors not stacked on their own. */
export const OTHER_SECTORS = 'other-sectors';

export interface YearStack {
  year: number;
  /** Initiatives dated in this year in the chart's context (every clause but the date). */
  total: number;
  /** Of those, the ones passing every clause (0 for a year outside the date filter). */
  shown: number;
  /** Initiatives per series key (a stacked sector id or OTHER_SECTORS); they add up to `total`. */
  counts: Record<string, number>;
}

export interface YearStacks {
  years: YearStack[];
  /** Stacked sector ids, bottom first, then OTHER_SECTORS when any initiative fell in it. */
  series: string[];
  /** Initiatives with no known date, which the chart cannot place. */
  undated: { total: number; shown: number };
}

/**
 * The series an initiative is stacked under, so each counts once per year: the first of its
 * sectors that is both chosen by the user and stacked, else the first of its sectors that is
 * stacked, else OTHER_SECTORS.
 */
export function stackKey(row: IndexedInitiative, stacked: ReadonlySet<string>, preferred: readonly string[]): string {
  const sectors = row.initiative.sectors;
  return sectors.find((id) => stacked.has(id) && preferred.includes(id)) ?? sectors.find((id) => stacked.has(id)) ?? OTHER_SECTORS;
}

/** First and last year of the dated rows (inclusive); null when none is dated. */
export function yearExtent(rows: readonly IndexedInitiative[]): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const row of rows) {
    const year = row.year;
    if (year === null) continue;
    if (year < from) from = year;
    if (year > to) to = year;
  }
  return from <= to ? { from, to } : null;
}

/**
 * Which sectors the year chart stacks on their own: of the `candidates` (sectors with a colour of
 * their own, so they match the other views), the `max` in most of `rows` (pass every row of the
 * dataset so the choice stays put while filters change), then any chosen candidate left out.
 */
export function pickStackSectors(rows: readonly IndexedInitiative[], candidates: ReadonlySet<string>, preferred: readonly string[], max = 4): string[] {
  const counts = countByKeys(rows, (row) => [...row.sectors].filter((id) => candidates.has(id)));
  const picked = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)).slice(0, max);
  for (const id of preferred) if (candidates.has(id) && !picked.includes(id)) picked.push(id);
  return picked;
}

export interface YearStackOptions {
  /** The years to show (inclusive), usually the whole dataset's extent so the axis stays put; widened to fit the context. */
  extent: { from: number; to: number } | null;
  /** Sector ids stacked on their own, bottom first; every other sector is OTHER_SECTORS. */
  stacked: readonly string[];
  /** Chosen sectors: an initiative in several stacked sectors is stacked under a chosen one first. */
  preferred: readonly string[];
}

/** Initiatives per year of their date, each counted once, stacked by sector (see stackKey). */
export function toYearStacks(context: readonly IndexedInitiative[], filtered: readonly IndexedInitiative[], options: YearStackOptions): YearStacks {
  const inContext = yearExtent(context);
  const extent = options.extent && inContext ? { from: Math.min(options.extent.from, inContext.from), to: Math.max(options.extent.to, inContext.to) } : (options.extent ?? inContext);
  const undated = { total: 0, shown: 0 };
  if (!extent) {
    undated.total = context.length;
    undated.shown = filtered.length;
    return { years: [], series: [], undated };
  }
  const stacked = new Set(options.stacked);
  const years: YearStack[] = [];
  for (let year = extent.from; year <= extent.to; year++) years.push({ year, total: 0, shown: 0, counts: {} });
  let anyOther = false;
  for (const row of context) {
    const year = row.year;
    if (year === null) {
      undated.total++;
      continue;
    }
    const stack = years[year - extent.from]!;
    const key = stackKey(row, stacked, options.preferred);
    if (key === OTHER_SECTORS) anyOther = true;
    stack.total++;
    stack.counts[key] = (stack.counts[key] ?? 0) + 1;
  }
  for (const row of filtered) {
    const year = row.year;
    if (year === null) undated.shown++;
    else years[year - extent.from]!.shown++;
  }
  const series = options.stacked.filter((id) => years.some((y) => (y.counts[id] ?? 0) > 0));
  return { years, series: anyOther ? [...series, OTHER_SECTORS] : series, undated };
}
