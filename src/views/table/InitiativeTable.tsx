import { functionalUpdate, useTable } from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import type { OrderKey, RowOrder } from '../../derive/row-order';
import { useFormatter } from '../../i18n/use-formatter';
import type { IndexedInitiative } from '../../model/dataset-index';
import { useActions } from '../../store/use-controls';
import { useElementSize } from '../use-element-size';
import { ColumnsMenu } from './ColumnsMenu';
import { TableHeaderCell } from './TableHeaderCell';
import { tableColumnDefs } from './table-column-defs';
import { TABLE_FEATURES } from './table-features';
import { withRow } from './table-keys';
import { orderAfterSorting, sortingOf } from './table-order';
import { useRowFocus } from './use-row-focus';
import { useTableLayout } from './use-table-layout';

interface Props {
  dataset: Dataset;
  /** The filtered rows, already in the store's order. */
  rows: readonly IndexedInitiative[];
  order: RowOrder;
  positionOf(id: string): number;
  selectedId: string | null;
  /** The line above the table ("6 initiatives, sorted by date, newest first"), with the id that describes the grid. */
  summary: ReactNode;
  summaryId: string;
  labelledBy: string;
}

const getRowId = (row: IndexedInitiative) => row.initiative.id;
/** A row's height in CSS pixels: two lines of a cell's text and its padding (the virtualiser places rows by it). */
const ROW_HEIGHT_PX = 52;

/**
 * The filtered initiatives as a grid: TanStack Table for the columns (sorting state from the
 * store's order, widths, hidden columns) and TanStack Virtual for the rows, so only the rows in
 * view (and the focused one) are in the DOM, and in the table model, at 100,000.
 */
export function InitiativeTable({ dataset, rows, order, positionOf, selectedId, summary, summaryId, labelledBy }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { select, setOrder } = useActions();
  const layout = useTableLayout();
  const columns = useMemo(() => tableColumnDefs(dataset, format), [dataset, format]);
  const sorting = useMemo(() => sortingOf(order), [order]);
  const scrollBox = useRef<HTMLDivElement>(null);
  const [head, { height: headHeight }] = useElementSize<HTMLTableSectionElement>();
  const toggle = (index: number) => {
    const id = rows[index]?.initiative.id;
    if (id) select(id === selectedId ? null : id);
  };
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element>>(null);
  const focus = useRowFocus(virtualizerRef, { count: rows.length, order, selectedId, positionOf, scrollBox, headHeight, rowHeight: ROW_HEIGHT_PX, onChoose: toggle });
  const { activeRow } = focus;
  // The focused row stays rendered however far the box scrolls, so Tab and the arrow keys always find it.
  const rangeExtractor = useCallback((range: Range) => withRow(defaultRangeExtractor(range), activeRow), [activeRow]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 6,
    rangeExtractor,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
  });
  useLayoutEffect(() => {
    virtualizerRef.current = virtualizer;
  }, [virtualizer]);
  // The table gets the rows in view, not all 100,000: a Row object for each of them on every sort or
  // filter took about 100 ms and as much again in garbage collection. Sorting is the store's anyway.
  const items = virtualizer.getVirtualItems();
  const windowRows = useMemo(() => items.flatMap((item) => rows[item.index] ?? []), [items, rows]);
  const table = useTable({
    features: TABLE_FEATURES,
    columns,
    data: windowRows,
    getRowId,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    columnResizeMode: 'onChange',
    state: { sorting, columnSizing: layout.sizing, columnVisibility: layout.visibility },
    onSortingChange: (updater) => {
      const next = orderAfterSorting(order, functionalUpdate(updater, sorting));
      if (next) setOrder(next);
    },
    onColumnSizingChange: layout.onSizingChange,
    onColumnVisibilityChange: layout.onVisibilityChange,
  });


  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const widths = Object.fromEntries(headers.map((h) => [`--col-${h.column.id}`, `${h.getSize()}px`])) as CSSProperties;
  const tableRows = table.getRowModel().rows;
  return (
    <>
      <div className="table-toolbar">
        {summary}
        <ColumnsMenu columns={table.getAllLeafColumns()} />
      </div>
      <div className={rows.length === 0 ? 'table-scroll no-rows' : 'table-scroll'} ref={scrollBox}>
          <table
            role="grid"
            className="initiative-table"
            aria-labelledby={labelledBy}
            aria-describedby={summaryId}
            aria-rowcount={rows.length + 1}
            aria-colcount={headers.length}
            style={{ ...widths, width: table.getTotalSize() }}
          >
            <thead role="rowgroup" ref={head}>
              <tr role="row" aria-rowindex={1}>
                {headers.map((header) => (
                  <TableHeaderCell key={header.id} header={header} order={order} label={t(`table.columns.${header.column.id as OrderKey}`)} />
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup" style={{ height: virtualizer.getTotalSize() }} onKeyDown={focus.onKeyDown}>
              {items.map((item, i) => {
                const row = tableRows[i];
                if (!row) return null;
                const selected = row.id === selectedId;
                return (
                  <tr
                    key={row.id}
                    role="row"
                    data-index={item.index}
                    aria-rowindex={item.index + 2}
                    aria-selected={selected}
                    tabIndex={item.index === focus.activeRow ? 0 : -1}
                    className={selected ? 'table-row selected' : 'table-row'}
                    style={{ height: ROW_HEIGHT_PX, transform: `translateY(${item.start - headHeight}px)` }}
                    onFocus={() => focus.setActive(item.index)}
                    onClick={() => toggle(item.index)}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} role="gridcell" className={`table-cell table-cell-${cell.column.id}`} style={{ width: `var(--col-${cell.column.id})` }}>
                        <span className="table-cell-text">
                          <table.FlexRender cell={cell} />
                        </span>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        {rows.length === 0 && <p className="empty">{t('table.empty')}</p>}
      </div>
    </>
  );
}
