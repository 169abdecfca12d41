import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { sameOrder, type RowOrder } from '../../derive/row-order';
import { rowAfterKey } from './table-keys';

interface RowFocusOptions {
  count: number;
  order: RowOrder;
  selectedId: string | null;
  positionOf(id: string): number;
  scrollBox: RefObject<HTMLDivElement | null>;
  /** Pixels the sticky header covers at the top of the box, and one row's height. */
  headHeight: number;
  rowHeight: number;
  /** Enter or Space on row `index`. */
  onChoose(index: number): void;
}

/**
 * The table's rows as one tab stop (roving tabindex, WAI-ARIA grid): `active` is the row that
 * takes Tab and stays rendered however far the box scrolls. The keys move it and scroll it into
 * view; a selection made elsewhere (map, list, Previous/Next) becomes the active row and is
 * scrolled into view when it is out of sight; a new order starts again from the top.
 */
export function useRowFocus(virtualizerRef: RefObject<Virtualizer<HTMLDivElement, Element> | null>, { count, order, selectedId, positionOf, scrollBox, headHeight, rowHeight, onChoose }: RowFocusOptions) {
  const [active, setActive] = useState(0);
  const activeRow = Math.max(0, Math.min(active, count - 1));
  const pendingFocus = useRef(false);
  // What the active row last followed, adjusted while rendering (not in an effect: no second render).
  const [seenOrder, setSeenOrder] = useState(order);
  const [seenSelected, setSeenSelected] = useState(selectedId);
  if (!sameOrder(seenOrder, order)) {
    setSeenOrder(order);
    setActive(0);
  }
  if (seenSelected !== selectedId) {
    setSeenSelected(selectedId);
    const at = selectedId === null ? -1 : positionOf(selectedId);
    if (at >= 0) setActive(at);
  }

  // A new order starts from the top; a new selection is brought into view if it is out of sight.
  const scrolledOrder = useRef(order);
  useLayoutEffect(() => {
    if (sameOrder(scrolledOrder.current, order)) return;
    scrolledOrder.current = order;
    virtualizerRef.current?.scrollToOffset(0);
  }, [order, virtualizerRef]);
  const scrolledTo = useRef(selectedId);
  useEffect(() => {
    if (scrolledTo.current === selectedId) return;
    scrolledTo.current = selectedId;
    const at = selectedId === null ? -1 : positionOf(selectedId);
    if (at >= 0) virtualizerRef.current?.scrollToIndex(at, { align: 'auto' });
  }, [selectedId, positionOf, virtualizerRef]);

  // After a key moved the active row, focus it once it is rendered (it is kept rendered, see withRow).
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    scrollBox.current?.querySelector<HTMLElement>(`tr[data-index="${activeRow}"]`)?.focus({ preventScroll: true });
  });

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (!row || event.altKey || event.metaKey) return;
    const index = Number(row.dataset.index);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChoose(index);
      return;
    }
    const pageRows = Math.floor(((scrollBox.current?.clientHeight ?? 0) - headHeight) / rowHeight);
    const to = rowAfterKey(event.key, index, count, pageRows);
    if (to === null) return;
    event.preventDefault();
    if (to === index) return;
    pendingFocus.current = true;
    setActive(to);
    virtualizerRef.current?.scrollToIndex(to, { align: 'auto' });
  }

  return { activeRow, setActive, onKeyDown };
}
