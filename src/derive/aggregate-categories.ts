import { INTL_LOCALE, type Locale } from '../i18n/locale';
import type { DatasetIndex, IndexedInitiative, KeyField } from '../model/dataset-index';

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

/** Rows per code of `field` (an Int32Array indexed by code); a row holding several values counts once under each. */
function countCodes(rows: readonly IndexedInitiative[], field: KeyField, size: number): Int32Array {
  const counts = new Int32Array(size);
  for (const row of rows) for (const code of row[field]) counts[code]! += 1;
  return counts;
}

/** Rows per value of `field`. */
export function countByKeys(index: DatasetIndex, rows: readonly IndexedInitiative[], field: KeyField): Map<string, number> {
  const { values } = index.codebooks[field];
  const counts = countCodes(rows, field, values.length);
  const byValue = new Map<string, number>();
  counts.forEach((n, code) => {
    if (n > 0) byValue.set(values[code]!, n);
  });
  return byValue;
}

function countHavingAny(rows: readonly IndexedInitiative[], field: KeyField, wanted: Uint8Array): number {
  let n = 0;
  for (const row of rows) {
    for (const code of row[field]) {
      if (wanted[code] === 1) {
        n++;
        break;
      }
    }
  }
  return n;
}

const COLLATORS = new Map<Locale | 'root', Intl.Collator>();

/**
 * Compares labels in the display language's order (Chinese by pinyin), so ties read in an order
 * people expect; without a locale, in the runtime's.
 */
export function compareLabels(locale?: Locale): (a: string, b: string) => number {
  const key = locale ?? 'root';
  let collator = COLLATORS.get(key);
  if (!collator) {
    collator = locale ? new Intl.Collator(INTL_LOCALE[locale]) : new Intl.Collator();
    COLLATORS.set(key, collator);
  }
  return collator.compare;
}

export interface RankOptions {
  /** At most this many bars, plus any `keep` ids outside them. */
  limit: number;
  /** Ids always given a bar (the view's selected values), even with a count of 0. */
  keep?: readonly string[];
  /** Breaks ties in count; usually the label shown, so the order is stable and readable. */
  tieBreak?: (id: string) => string;
  /** The language of the `tieBreak` labels, for their order. */
  locale?: Locale;
}

/**
 * Counts `context` and `filtered` (a subset of it) per value of `field`, keeps the `limit` biggest
 * by context count and folds the rest into one "others" count.
 */
export function rankCategories(
  index: DatasetIndex,
  field: KeyField,
  context: readonly IndexedInitiative[],
  filtered: readonly IndexedInitiative[],
  options: RankOptions,
): RankedCategories {
  const codebook = index.codebooks[field];
  const totals = countCodes(context, field, codebook.size);
  const shown = countCodes(filtered, field, codebook.size);
  const tie = options.tieBreak ?? ((id: string) => id);
  const compareText = compareLabels(options.locale);
  const keep = options.keep ?? [];
  const keepCodes = new Set<number>();
  for (const id of keep) {
    const code = codebook.codeOf(id);
    if (code !== undefined) keepCodes.add(code);
  }
  // Equal labels (two organisations of one name) fall back to the id, so the order never depends on the rows' order.
  const byRank = (a: CategoryCount, b: CategoryCount) => b.total - a.total || b.shown - a.shown || compareText(tie(a.id), tie(b.id)) || compareText(a.id, b.id);
  const bar = (code: number): CategoryCount => ({ id: codebook.values[code]!, total: totals[code]!, shown: shown[code]! });
  const ranked: CategoryCount[] = [];
  for (let code = 0; code < codebook.size; code++) if (totals[code]! > 0 || keepCodes.has(code)) ranked.push(bar(code));
  ranked.sort(byRank);
  const top = ranked.slice(0, options.limit);
  const rest = ranked.slice(options.limit).filter((b) => {
    if (!keepCodes.has(codebook.codeOf(b.id)!)) return true;
    top.push(b);
    return false;
  });
  // Kept values no row has: a bar of 0.
  for (const id of keep) if (codebook.codeOf(id) === undefined && !top.some((b) => b.id === id)) top.push({ id, total: 0, shown: 0 });
  const bars = top.sort(byRank);
  if (rest.length === 0) return { bars, others: null };
  const folded = new Uint8Array(codebook.size);
  for (const { id } of rest) folded[codebook.codeOf(id)!] = 1;
  return { bars, others: { categories: rest.length, total: countHavingAny(context, field, folded), shown: countHavingAny(filtered, field, folded) } };
}
