import type { Filters } from '../filters/filters';
import { applyFilters, createRowsExcept, type RowsExcept } from './apply-filters';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';

/** What the rows are cut by: the filters, the search index's matches for the query, the playhead. */
export interface CutInput {
  filters: Filters;
  /** Ids matching `filters.query`; null while there is no query. */
  queryMatches: ReadonlySet<string> | null;
  playhead: number | null;
}

/** The rows one view state leaves, ready for every view: the whole cut and each view's own context. */
export interface Cut extends CutInput {
  /** Rows passing every active clause: what the header counts and the list shows. */
  rows: IndexedInitiative[];
  /** Rows passing every clause except `clauses`: a view's own full context when it sets those clauses. */
  rowsExcept: RowsExcept;
}

/**
 * The derivation for one dataset index, apart from React: `cut(input)` filters the rows and gives
 * each view its own-clause-skipped rows. The same input (by identity of its parts) gives the same
 * Cut; contexts whose clauses did not change keep their arrays from one input to the next (see
 * createRowsExcept), so every memo downstream of them holds.
 */
export function createDerivation(index: DatasetIndex): (input: CutInput) => Cut {
  const rowsExceptFor = createRowsExcept(index);
  let last: Cut | null = null;
  return (input) => {
    if (last && last.filters === input.filters && last.queryMatches === input.queryMatches && last.playhead === input.playhead) return last;
    const { filters, queryMatches, playhead } = input;
    const rows = applyFilters(index, filters, { queryMatches, playhead });
    const rowsExcept = rowsExceptFor(filters, { queryMatches, playhead }, rows);
    last = { filters, queryMatches, playhead, rows, rowsExcept };
    return last;
  };
}
