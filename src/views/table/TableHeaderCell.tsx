import type { Header } from '@tanstack/react-table';
import type { OrderKey, RowOrder } from '../../derive/row-order';
import type { IndexedInitiative } from '../../model/dataset-index';
import { ColumnResizeHandle } from './ColumnResizeHandle';
import { ariaSortOf } from './table-order';
import type { TableFeatureSet } from './table-features';

const ARROW = { ascending: '▲', descending: '▼', none: '' } as const;

/** A column's header: a button that sorts by it (the store's order), and the handle that resizes it. */
export function TableHeaderCell({ header, order, label }: { header: Header<TableFeatureSet, IndexedInitiative, unknown>; order: RowOrder; label: string }) {
  const sort = ariaSortOf(order, header.column.id as OrderKey);
  return (
    <th role="columnheader" aria-sort={sort} className="table-cell table-head-cell" style={{ width: `var(--col-${header.column.id})` }}>
      <button type="button" className="table-sort" onClick={header.column.getToggleSortingHandler()}>
        <span className="table-sort-label">{label}</span>
        <span className="table-sort-arrow" aria-hidden="true">
          {ARROW[sort]}
        </span>
      </button>
      <ColumnResizeHandle header={header} label={label} />
    </th>
  );
}
