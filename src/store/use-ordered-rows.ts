import { useMemo } from 'react';
import type { OrderedRows } from '../derive/order-rows';
import { orderValue } from '../derive/order-values';
import type { RowOrder } from '../derive/row-order';
import { useFormatter } from '../i18n/use-formatter';
import { useCore } from './dashboard-context';
import { useLive } from './use-controls';
import { usePanel } from './use-panel';

/**
 * The rows of the last deferred render in the store's order (the list, the table and the details'
 * Previous/Next agree), with the order itself. One sort per rows, order and language: the
 * dashboard's sorter keeps the last result.
 */
export function useOrderedRows(): OrderedRows & { order: RowOrder } {
  const { sorter, dataset } = useCore();
  const { rows } = usePanel();
  const order = useLive((s) => s.order);
  const format = useFormatter();
  return useMemo(() => ({ ...sorter(rows, order, orderValue(order.key, dataset, format), format.locale), order }), [sorter, rows, order, dataset, format]);
}
