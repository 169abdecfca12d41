import { useLayoutEffect, useState } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

/** The size, and whether the element was found to have no box at all (display: none, in a hidden panel). */
export interface MeasuredSize extends ElementSize {
  hidden: boolean;
}

/** The content box of an element as a ResizeObserver reports it: the border box less borders and padding. */
function contentSizeOf(element: HTMLElement): ElementSize {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const px = (value: string) => parseFloat(value) || 0;
  const across = px(style.paddingLeft) + px(style.paddingRight) + px(style.borderLeftWidth) + px(style.borderRightWidth);
  const down = px(style.paddingTop) + px(style.paddingBottom) + px(style.borderTopWidth) + px(style.borderBottomWidth);
  return { width: Math.max(0, Math.floor(box.width - across)), height: Math.max(0, Math.floor(box.height - down)) };
}

/**
 * The content box of an element in whole CSS pixels, following resizes; 0 x 0 until measured.
 * Give the returned ref to the element. It may be drawn by another component and come and go (a
 * chart card swaps its chart for a table and back): each element given is measured afresh. Measured
 * as soon as it is in the page, before the browser paints (a layout effect: the layout it forces is
 * shared by every element measured in the same commit), so what is drawn to the element's size is
 * in the first frame rather than one later; then followed by a ResizeObserver. While no element is
 * given, the last size is kept. `hidden` says the element is in the document but has no box (it or
 * a parent is display: none), so nothing will be drawn at a size until it is shown.
 */
export function useElementSize<T extends HTMLElement>(): [ref: (element: T | null) => void, size: MeasuredSize] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<MeasuredSize>({ width: 0, height: 0, hidden: false });
  useLayoutEffect(() => {
    if (!element) return;
    const update = (next: ElementSize) => {
      const hidden = element.getClientRects().length === 0;
      setSize((size) => (size.width === next.width && size.height === next.height && size.hidden === hidden ? size : { ...next, hidden }));
    };
    update(contentSizeOf(element));
    const observer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect;
      if (rect) update({ width: Math.floor(rect.width), height: Math.floor(rect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, size];
}
