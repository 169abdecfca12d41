import { useLayoutEffect, type RefObject } from 'react';

/** A CSS custom property that scales some of the element's type, and how far it may go down. */
export interface FitStep {
  property: string;
  min: number;
}

const STEP = 0.04;
const overflows = (element: HTMLElement) => element.scrollHeight > element.clientHeight + 1;

/**
 * Fits the element's content in its box, which does not grow with it (a card over the side
 * column): while it overflows, each step's property (a scale its CSS multiplies font sizes by) goes
 * down in turn to its minimum. Again whenever the box is resized, the content changes (`key`) or a
 * font arrives (the Chinese font is loaded late). What still does not fit scrolls (CSS).
 */
export function useFitContent(ref: RefObject<HTMLElement | null>, steps: readonly FitStep[], key: unknown): void {
  useLayoutEffect(
    function fitContent() {
      const element = ref.current;
      if (!element) return;
      const fit = () => {
        for (const { property } of steps) element.style.setProperty(property, '1');
        for (const { property, min } of steps) {
          let scale = 1;
          while (overflows(element) && scale > min) {
            scale = Math.max(min, Math.round((scale - STEP) * 100) / 100);
            element.style.setProperty(property, String(scale));
          }
        }
      };
      fit();
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null;
      observer?.observe(element);
      const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
      fonts?.addEventListener?.('loadingdone', fit);
      return () => {
        observer?.disconnect();
        fonts?.removeEventListener?.('loadingdone', fit);
      };
    },
    [ref, steps, key],
  );
}
