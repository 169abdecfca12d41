import { useLayoutEffect, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
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
 * Measured once as soon as the element is in the page, before the browser paints (a layout effect:
 * the layout it forces is shared by every element measured in the same commit), so what is drawn to
 * the element's size is in the first frame rather than one later; then followed by a ResizeObserver.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (next: ElementSize) => setSize((size) => (size.width === next.width && size.height === next.height ? size : next));
    update(contentSizeOf(element));
    const observer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect;
      if (rect) update({ width: Math.floor(rect.width), height: Math.floor(rect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
