import type { SortingState } from '@tanstack/react-table';
import { nextOrder, ORDER_KEYS, type OrderKey, type RowOrder } from '../../derive/row-order';

const isOrderKey = (id: string): id is OrderKey => (ORDER_KEYS as readonly string[]).includes(id);

/** The store's order as the table's sorting state: one column, never more. */
export function sortingOf(order: RowOrder): SortingState {
  return [{ id: order.key, desc: order.dir === 'desc' }];
}

/**
 * The order a header press asks for. The table says which column it toggled; the store's rule
 * (`nextOrder`) says the direction, so the table, the list and Previous/Next agree.
 */
export function orderAfterSorting(current: RowOrder, next: SortingState): RowOrder | null {
  const changed = next.find((s) => s.id !== current.key) ?? next[0];
  if (!changed || !isOrderKey(changed.id)) return null;
  return nextOrder(current, changed.id);
}

/** The header's aria-sort. */
export function ariaSortOf(order: RowOrder, key: OrderKey): 'ascending' | 'descending' | 'none' {
  if (order.key !== key) return 'none';
  return order.dir === 'asc' ? 'ascending' : 'descending';
}
