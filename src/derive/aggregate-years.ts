import { countByKeys } from './aggregate-categories';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';

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
 * The series each initiative is stacked under, so each counts once per year: the first of its
 * sectors that is both chosen by the user and stacked, else the first of its sectors that is
 * stacked, else the others. Returns the series' position in `stacked`, or `stacked.length` for
 * the others (OTHER_SECTORS).
 */
export function makeStackOf(index: DatasetIndex, stacked: readonly string[], preferred: readonly string[]): (row: IndexedInitiative) => number {
  const book = index.codebooks.sectors;
  // Per sector code: its series, or -1 when it is not stacked; and whether the user chose it.
  const seriesOf = new Int16Array(book.size).fill(-1);
  stacked.forEach((id, i) => {
    const code = book.codeOf(id);
    if (code !== undefined) seriesOf[code] = i;
  });
  const chosen = new Uint8Array(book.size);
  for (const id of preferred) {
    const code = book.codeOf(id);
    if (code !== undefined) chosen[code] = 1;
  }
  return (row) => {
    let first = -1;
    for (const code of row.sectors) {
      const series = seriesOf[code]!;
      if (series < 0) continue;
      if (chosen[code] === 1) return series;
      if (first < 0) first = series;
    }
    return first < 0 ? stacked.length : first;
  };
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
export function pickStackSectors(index: DatasetIndex, rows: readonly IndexedInitiative[], candidates: ReadonlySet<string>, preferred: readonly string[], max = 4): string[] {
  const counts = countByKeys(index, rows, 'sectors');
  const picked = [...counts.keys()].filter((id) => candidates.has(id)).sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)).slice(0, max);
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

/** Initiatives per year of their date, each counted once, stacked by sector (see makeStackOf). */
export function toYearStacks(index: DatasetIndex, context: readonly IndexedInitiative[], filtered: readonly IndexedInitiative[], options: YearStackOptions): YearStacks {
  const inContext = yearExtent(context);
  const extent = options.extent && inContext ? { from: Math.min(options.extent.from, inContext.from), to: Math.max(options.extent.to, inContext.to) } : (options.extent ?? inContext);
  const undated = { total: 0, shown: 0 };
  if (!extent) {
    undated.total = context.length;
    undated.shown = filtered.length;
    return { years: [], series: [], undated };
  }
  const keys = [...options.stacked, OTHER_SECTORS];
  const stackOf = makeStackOf(index, options.stacked, options.preferred);
  const yearCount = extent.to - extent.from + 1;
  // counts[year * keys.length + series]
  const counts = new Int32Array(yearCount * keys.length);
  const totals = new Int32Array(yearCount);
  const shown = new Int32Array(yearCount);
  for (const row of context) {
    if (row.year === null) undated.total++;
    else {
      const y = row.year - extent.from;
      totals[y]! += 1;
      counts[y * keys.length + stackOf(row)]! += 1;
    }
  }
  for (const row of filtered) {
    if (row.year === null) undated.shown++;
    else shown[row.year - extent.from]! += 1;
  }
  const inUse = keys.map((_, k) => {
    for (let y = 0; y < yearCount; y++) if (counts[y * keys.length + k]! > 0) return true;
    return false;
  });
  const years: YearStack[] = [];
  for (let y = 0; y < yearCount; y++) {
    const byKey: Record<string, number> = {};
    keys.forEach((key, k) => {
      const n = counts[y * keys.length + k]!;
      if (n > 0) byKey[key] = n;
    });
    years.push({ year: extent.from + y, total: totals[y]!, shown: shown[y]!, counts: byKey });
  }
  return { years, series: keys.filter((_, k) => inUse[k]), undated };
}
