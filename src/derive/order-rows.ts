import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';
import { rankWords } from './rank-words';
import { rankWordsOffThread } from './rank-words-off-thread';
import type { RowOrder } from './row-order';

/** What a row is ordered by for one key: a number (a day, a rank on a ladder), a word, or null when unknown. */
export type OrderValue = (row: IndexedInitiative) => number | string | null;

/** The rows in an order, with each row's position in it (for Previous/Next). */
export interface OrderedRows {
  rows: readonly IndexedInitiative[];
  positionOf(id: string): number;
}

/** Positions take the low 20 bits of a packed sort key (up to 1,048,576 rows); integer ranks the rest. */
const POSITION_BITS = 2 ** 20;
/** Where unknown values go: after every known one, in either direction. */
const LAST = 2 ** 31;

/**
 * Sorts filtered rows fast at 100,000: each key's value is turned once per dataset and language
 * into an integer per row (a day, a step on a ladder, a word's rank in the language's collation);
 * a sort then packs rank and position into one float each and sorts them natively, with no
 * comparator (five to ten times faster than a comparator over a typed array). Unknown values go
 * last in either direction; ties keep the dataset's order. Word ranks can be prepared ahead, off
 * the main thread (`prepare`).
 */
export function createRowSorter(index: DatasetIndex) {
  const positions = new Map<IndexedInitiative, number>(index.rows.map((row, i) => [row, i]));
  const ranks = new Map<string, Float64Array>();
  const preparing = new Map<string, Promise<void>>();
  let last: { rows: readonly IndexedInitiative[]; cacheKey: string; dir: string; result: OrderedRows } | null = null;

  /** The key's numbers per row, or its words (to be ranked) when it has any. */
  function read(value: OrderValue): { numbers: Float64Array; words: Array<string | null> | null } {
    const numbers = new Float64Array(index.rows.length).fill(NaN);
    let words: Array<string | null> | null = null;
    index.rows.forEach((row, i) => {
      const v = value(row);
      if (typeof v === 'number') numbers[i] = v;
      else if (typeof v === 'string') (words ??= new Array<string | null>(index.rows.length).fill(null))[i] = v;
    });
    return { numbers, words };
  }

  function ranksFor(cacheKey: string, value: OrderValue, locale: string): Float64Array {
    let rank = ranks.get(cacheKey);
    if (rank) return rank;
    const { numbers, words } = read(value);
    rank = words ? rankWords(words, locale) : numbers;
    ranks.set(cacheKey, rank);
    return rank;
  }

  function orderRows(rows: readonly IndexedInitiative[], order: RowOrder, value: OrderValue, locale: string): OrderedRows {
    const cacheKey = `${order.key}:${locale}`;
    if (last && last.rows === rows && last.cacheKey === cacheKey && last.dir === order.dir) return last.result;
    const rank = ranksFor(cacheKey, value, locale);
    const sign = order.dir === 'asc' ? 1 : -1;
    const packed = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const at = positions.get(rows[i]!) ?? 0;
      const r = rank[at]!;
      packed[i] = (Number.isNaN(r) ? LAST : sign * r) * POSITION_BITS + at;
    }
    packed.sort();
    const sorted = new Array<IndexedInitiative>(rows.length);
    for (let i = 0; i < packed.length; i++) sorted[i] = index.rows[((packed[i]! % POSITION_BITS) + POSITION_BITS) % POSITION_BITS]!;
    let byId: Map<string, number> | null = null;
    const result: OrderedRows = {
      rows: sorted,
      positionOf(id) {
        byId ??= new Map(sorted.map((row, i) => [row.initiative.id, i]));
        return byId.get(id) ?? -1;
      },
    };
    last = { rows, cacheKey, dir: order.dir, result };
    return result;
  }

  /**
   * Ranks a key's words ahead of the first sort by it, in the ranking worker (the sort itself is
   * then a few ms). Numbers need no preparing. Resolves once the ranks are in; a sort asked
   * meanwhile ranks on the main thread as before.
   */
  function prepare(key: RowOrder['key'], value: OrderValue, locale: string): Promise<void> {
    const cacheKey = `${key}:${locale}`;
    if (ranks.has(cacheKey)) return Promise.resolve();
    let pending = preparing.get(cacheKey);
    if (pending) return pending;
    const { words } = read(value);
    if (!words) return Promise.resolve();
    pending = rankWordsOffThread(words, locale).then((rank) => {
      if (!ranks.has(cacheKey)) ranks.set(cacheKey, rank);
      preparing.delete(cacheKey);
    });
    preparing.set(cacheKey, pending);
    return pending;
  }

  return Object.assign(orderRows, { prepare });
}

export type RowSorter = ReturnType<typeof createRowSorter>;
