import type { OrderKey } from '../../derive/row-order';
import { canHideColumn, clampColumnSize, TABLE_COLUMNS } from './table-columns';

/** The table's column widths (pixels) and hidden columns, remembered in this browser only, never in the URL. */
export interface TableLayout {
  sizes: Partial<Record<OrderKey, number>>;
  hidden: OrderKey[];
}

export const TABLE_LAYOUT_KEY = 'carbon-dashboard:table-layout';
export const DEFAULT_TABLE_LAYOUT: TableLayout = { sizes: {}, hidden: [] };

/** A stored layout, checked: unknown columns and non-numbers are dropped, widths kept within bounds, the title never hidden. */
export function parseTableLayout(raw: unknown): TableLayout {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_TABLE_LAYOUT;
  const { sizes, hidden } = raw as { sizes?: unknown; hidden?: unknown };
  const layout: TableLayout = { sizes: {}, hidden: [] };
  if (typeof sizes === 'object' && sizes !== null) {
    for (const key of TABLE_COLUMNS) {
      const size = (sizes as Record<string, unknown>)[key];
      if (typeof size === 'number' && Number.isFinite(size)) layout.sizes[key] = clampColumnSize(key, size);
    }
  }
  if (Array.isArray(hidden)) layout.hidden = TABLE_COLUMNS.filter((key) => canHideColumn(key) && hidden.includes(key));
  return layout;
}

export function readTableLayout(storage: Pick<Storage, 'getItem'> | undefined): TableLayout {
  try {
    const raw = storage?.getItem(TABLE_LAYOUT_KEY);
    return raw ? parseTableLayout(JSON.parse(raw)) : DEFAULT_TABLE_LAYOUT;
  } catch {
    // Blocked storage (private mode, file://) or a damaged entry: the default layout.
    return DEFAULT_TABLE_LAYOUT;
  }
}

export function writeTableLayout(storage: Pick<Storage, 'setItem'> | undefined, layout: TableLayout): void {
  try {
    storage?.setItem(TABLE_LAYOUT_KEY, JSON.stringify(layout));
  } catch {
    // Not remembered, but still applied on this page.
  }
}

/** The table's visibility state: only hidden columns are listed (`false`), as TanStack Table reads it. */
export function visibilityOf(layout: TableLayout): Record<string, boolean> {
  return Object.fromEntries(layout.hidden.map((key) => [key, false]));
}

/** A layout from the table's sizing and visibility state. */
export function layoutOf(sizing: Record<string, number>, visibility: Record<string, boolean>): TableLayout {
  return parseTableLayout({ sizes: sizing, hidden: Object.keys(visibility).filter((key) => visibility[key] === false) });
}
