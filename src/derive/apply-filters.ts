import { FILTER_CLAUSES, isClauseActive, sameClause, type Filters, type ViewClause } from '../filters/filters';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';
import type { Codebook } from '../model/codebook';
import { parseIsoDay } from '../model/fuzzy-date';

export interface ApplyOptions {
  /** Clauses to skip: a view passes its own so it keeps its full context (cross-filtering). */
  except?: readonly ViewClause[];
  /** Ids matching the text query, from the search index; required when `filters.query` is set. */
  queryMatches?: ReadonlySet<string> | null;
  /**
   * Playback cutoff (day number): only initiatives whose date starts on or before it pass; undated
   * ones do not. The `playhead` clause, which the timeline owns and skips like any other.
   */
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

type RowTest = (row: IndexedInitiative) => boolean;

/** A test per active clause (the playhead's among them), built once. */
function clauseTests(index: DatasetIndex, filters: Filters, options: ApplyOptions): Array<[ViewClause, RowTest]> {
  const tests: Array<[ViewClause, RowTest]> = [];
  if (filters.dateFrom || filters.dateTo) {
    const from = filters.dateFrom ? (parseIsoDay(filters.dateFrom) ?? -Infinity) : -Infinity;
    const to = filters.dateTo ? (parseIsoDay(filters.dateTo) ?? Infinity) : Infinity;
    tests.push(['date', (row) => row.start !== null && row.end !== null && row.end >= from && row.start <= to]);
  }
  const lists = [
    ['sectors', filters.sectors, 'any'],
    ['partners', filters.partners, filters.partnerMatch],
    ['partnerKinds', filters.partnerKinds, 'any'],
    ['places', filters.places, 'any'],
  ] as const;
  for (const [field, wanted, match] of lists) {
    if (wanted.length === 0) continue;
    const test = keyTest(index.codebooks[field], wanted, match);
    tests.push([field, (row) => test(row[field])]);
  }
  if (filters.statuses.length > 0) {
    const wanted = new Set<string>(filters.statuses);
    tests.push(['statuses', (row) => wanted.has(row.initiative.status)]);
  }
  if (filters.instruments.length > 0) {
    const wanted = new Set<string>(filters.instruments);
    tests.push(['instruments', (row) => wanted.has(row.initiative.instrument)]);
  }
  if (filters.query.trim() && options.queryMatches) {
    const matches = options.queryMatches;
    tests.push(['query', (row) => matches.has(row.initiative.id)]);
  }
  const cutoff = options.playhead;
  if (cutoff !== undefined && cutoff !== null) tests.push(['playhead', (row) => row.start !== null && row.start <= cutoff]);
  return tests;
}

/** Builds the row test for the active clauses once, then runs it over every row. */
export function makeRowPredicate(index: DatasetIndex, filters: Filters, options: ApplyOptions = {}): RowTest {
  const skip = new Set(options.except ?? []);
  const kept = clauseTests(index, filters, options)
    .filter(([clause]) => !skip.has(clause))
    .map(([, test]) => test);
  return (row) => kept.every((test) => test(row));
}

/**
 * For each active clause, the rows that pass every other clause (a view's context), all in one
 * pass over the rows: a row failing no clause is in every context, a row failing exactly one is
 * in that clause's context only, a row failing two is in none.
 */
export function contextsByClause(index: DatasetIndex, filters: Filters, options: Omit<ApplyOptions, 'except'> = {}): Map<ViewClause, IndexedInitiative[]> {
  const tests = clauseTests(index, filters, options);
  const lists = tests.map((): IndexedInitiative[] => []);
  for (const row of index.rows) {
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < tests.length && failures < 2; i++) {
      if (!tests[i]![1](row)) {
        failed = i;
        failures++;
      }
    }
    if (failures === 0) for (const list of lists) list.push(row);
    else if (failures === 1) lists[failed]!.push(row);
  }
  return new Map(tests.map(([clause], i) => [clause, lists[i]!]));
}

/** The rows that pass every active clause except those in `options.except`. */
export function applyFilters(index: DatasetIndex, filters: Filters, options: ApplyOptions = {}): IndexedInitiative[] {
  const keep = makeRowPredicate(index, filters, options);
  return index.rows.filter(keep);
}

export type RowsExcept = (clauses: readonly ViewClause[]) => IndexedInitiative[];

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
    const reusable = (skipped: ReadonlySet<ViewClause>): boolean =>
      previous !== null &&
      (skipped.has('playhead') || previous.options.playhead === options.playhead) &&
      FILTER_CLAUSES.every(
        (clause) => skipped.has(clause) || (sameClause(previous.filters, filters, clause) && (clause !== 'query' || previous.options.queryMatches === options.queryMatches)),
      );
    // Every active clause's context, cut in one pass when the first is needed.
    let contexts: Map<ViewClause, IndexedInitiative[]> | null = null;
    const cut = (clauses: readonly ViewClause[]): IndexedInitiative[] => {
      // Skipping a clause that is not set leaves what passes every clause.
      const set = clauses.filter((clause) => (clause === 'playhead' ? options.playhead != null : isClauseActive(filters, clause)));
      if (set.length === 0) return filtered;
      if (set.length > 1) return applyFilters(index, filters, { ...options, except: set });
      contexts ??= contextsByClause(index, filters, options);
      return contexts.get(set[0]!) ?? filtered;
    };
    return (clauses) => {
      if (clauses.length === 0) return filtered;
      const key = [...clauses].sort().join(',');
      let rows = state.rows.get(key);
      if (!rows) {
        const before = previous?.rows.get(key);
        rows = before && reusable(new Set(clauses)) ? before : cut(clauses);
        state.rows.set(key, rows);
      }
      return rows;
    };
  };
}
