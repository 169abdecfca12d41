import type { IndexedInitiative } from './dataset-index';

/** One bar: initiatives in a category within a view's context, and how many of them pass every filter. */
export interface CategoryCount {
  id: string;
  /** Initiatives in the view's context: every clause applied except the view's own. */
  total: number;
  /** Of those, the initiatives that pass every clause (what the other views show). */
  shown: number;
}

/** The categories left out of a top-N list, counted as one "others" bar. */
export interface OthersCount {
  /** How many categories were folded in. */
  categories: number;
  /** Distinct initiatives in at least one folded category (not the sum: an initiative counts once). */
  total: number;
  shown: number;
}

export interface RankedCategories {
  bars: CategoryCount[];
  others: OthersCount | null;
}

export type KeysOf = (row: IndexedInitiative) => Iterable<string>;

/** Rows per key; a row with several keys counts once under each. */
export function countByKeys(rows: readonly IndexedInitiative[], keysOf: KeysOf): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const key of keysOf(row)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function countHavingAny(rows: readonly IndexedInitiative[], keysOf: KeysOf, wanted: ReadonlySet<string>): number {
  let n = 0;
  for (const row of rows) {
    for (const key of keysOf(row)) {
      if (wanted.has(key)) {
        n++;
        break;
      }
    }
  }
  return n;
}

export interface RankOptions {
  /** At most this many bars, plus any `keep` ids outside them. */
  limit: number;
  /** Ids always given a bar (the view's selected values), even with a count of 0. */
  keep?: readonly string[];
  /** Breaks ties in count; usually the label, so the order is stable and readable. */
  tieBreak?: (id: string) => string;
}

/**
 * Counts `context` and `filtered` (a subset of it) per category, keeps the `limit` biggest by
 * context count and folds the rest into one "others" count.
 */
export function rankCategories(context: readonly IndexedInitiative[], filtered: readonly IndexedInitiative[], keysOf: KeysOf, options: RankOptions): RankedCategories {
  const totals = countByKeys(context, keysOf);
  const shown = countByKeys(filtered, keysOf);
  const keep = options.keep ?? [];
  const tie = options.tieBreak ?? ((id: string) => id);
  const ids = [...new Set([...totals.keys(), ...keep])];
  const byRank = (a: string, b: string) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (shown.get(b) ?? 0) - (shown.get(a) ?? 0) || tie(a).localeCompare(tie(b));
  ids.sort(byRank);
  const top = new Set(ids.slice(0, options.limit));
  for (const id of keep) top.add(id);
  const bars = [...top].sort(byRank).map((id) => ({ id, total: totals.get(id) ?? 0, shown: shown.get(id) ?? 0 }));
  const rest = new Set(ids.filter((id) => !top.has(id)));
  const others = rest.size === 0 ? null : { categories: rest.size, total: countHavingAny(context, keysOf, rest), shown: countHavingAny(filtered, keysOf, rest) };
  return { bars, others };
}
