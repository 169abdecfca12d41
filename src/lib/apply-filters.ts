import { FILTER_CLAUSES, sameClause, type FilterClause, type Filters } from '../filters/filters';
import type { DatasetIndex, IndexedInitiative } from './dataset-index';
import type { Codebook } from './codebook';
import { parseIsoDay } from './fuzzy-date';

export interface ApplyOptions {
  /** Clauses to skip: a view passes its own so it keeps its full context (cross-filtering). */
  except?: readonly FilterClause[];
  /** Ids matching the text query, from the search index; required when `filters.query` is set. */
  queryMatches?: ReadonlySet<string> | null;
  /** Playback cutoff (day number): only initiatives whose date starts on or before it pass; undated ones do not. */
  playhead?: number | null;
}

type CodesTest = (codes: readonly number[]) => boolean;

/** A test for rows holding at least one of `wanted` (or all of them) in a key field, by code. */
function keyTest(codebook: Codebook, wanted: readonly string[], match: 'any' | 'all'): CodesTest {
  const codes = wanted.map((value) => codebook.codeOf(value));
  if (match === 'all') {
    // A value no row has cannot be held by a row.
    if (codes.some((code) => code === undefined)) return () => false;
    return (have) => codes.every((code) => have.includes(code!));
  }
  const mask = new Uint8Array(codebook.size);
  for (const code of codes) if (code !== undefined) mask[code] = 1;
  return (have) => {
    for (const code of have) if (mask[code] === 1) return true;
    return false;
  };
}

/** Builds the row test for the active clauses once, then runs it over every row. */
export function makeRowPredicate(index: DatasetIndex, filters: Filters, options: ApplyOptions = {}): (row: IndexedInitiative) => boolean {
  const skip = new Set(options.except ?? []);
  const tests: Array<(row: IndexedInitiative) => boolean> = [];
  if (!skip.has('date') && (filters.dateFrom || filters.dateTo)) {
    const from = filters.dateFrom ? (parseIsoDay(filters.dateFrom) ?? -Infinity) : -Infinity;
    const to = filters.dateTo ? (parseIsoDay(filters.dateTo) ?? Infinity) : Infinity;
    tests.push((row) => row.start !== null && row.end !== null && row.end >= from && row.start <= to);
  }
  const lists = [
    ['sectors', filters.sectors, 'any'],
    ['partners', filters.partners, filters.partnerMatch],
    ['partnerKinds', filters.partnerKinds, 'any'],
    ['places', filters.places, 'any'],
  ] as const;
  for (const [field, wanted, match] of lists) {
    if (skip.has(field) || wanted.length === 0) continue;
    const test = keyTest(index.codebooks[field], wanted, match);
    tests.push((row) => test(row[field]));
  }
  if (!skip.has('statuses') && filters.statuses.length > 0) {
    const wanted = new Set<string>(filters.statuses);
    tests.push((row) => wanted.has(row.initiative.status));
  }
  if (!skip.has('instruments') && filters.instruments.length > 0) {
    const wanted = new Set<string>(filters.instruments);
    tests.push((row) => wanted.has(row.initiative.instrument));
  }
  if (!skip.has('query') && filters.query.trim() && options.queryMatches) {
    const matches = options.queryMatches;
    tests.push((row) => matches.has(row.initiative.id));
  }
  if (options.playhead !== undefined && options.playhead !== null) {
    const cutoff = options.playhead;
    tests.push((row) => row.start !== null && row.start <= cutoff);
  }
  return (row) => tests.every((test) => test(row));
}

/** The rows that pass every active clause except those in `options.except`. */
export function applyFilters(index: DatasetIndex, filters: Filters, options: ApplyOptions = {}): IndexedInitiative[] {
  const keep = makeRowPredicate(index, filters, options);
  return index.rows.filter(keep);
}

export type RowsExcept = (clauses: readonly FilterClause[]) => IndexedInitiative[];

interface FilterState {
  filters: Filters;
  options: Pick<ApplyOptions, 'queryMatches' | 'playhead'>;
  /** Rows per set of skipped clauses (a sorted, comma-joined key). */
  rows: Map<string, IndexedInitiative[]>;
}

/**
 * `rowsExcept(clauses)` for one dataset index, across filter states. For each state, each distinct
 * set of skipped clauses is computed once; and rows whose clauses did not change since the last
 * state are reused as they were (the same array), so ticking a sector does not rescan the rows for
 * the sector chart's own context, and every memo downstream of them holds.
 */
export function createRowsExcept(index: DatasetIndex): (filters: Filters, options: FilterState['options'], filtered: IndexedInitiative[]) => RowsExcept {
  let last: FilterState | null = null;
  return (filters, options, filtered) => {
    const previous = last;
    const state: FilterState = { filters, options, rows: new Map() };
    last = state;
    const reusable = (skipped: ReadonlySet<FilterClause>): boolean =>
      previous !== null &&
      previous.options.playhead === options.playhead &&
      FILTER_CLAUSES.every(
        (clause) => skipped.has(clause) || (sameClause(previous.filters, filters, clause) && (clause !== 'query' || previous.options.queryMatches === options.queryMatches)),
      );
    return (clauses) => {
      if (clauses.length === 0) return filtered;
      const key = [...clauses].sort().join(',');
      let rows = state.rows.get(key);
      if (!rows) {
        const before = previous?.rows.get(key);
        rows = before && reusable(new Set(clauses)) ? before : applyFilters(index, filters, { ...options, except: clauses });
        state.rows.set(key, rows);
      }
      return rows;
    };
  };
}
