import { useLayoutEffect, type RefObject } from 'react';

const overflows = (element: HTMLElement) => element.scrollHeight > element.clientHeight + 1;

/**
 * Fits the element's content in its box, which does not grow with it (a card over the side
 * column), by leaving parts out rather than making type smaller (no text on a slide goes below
 * its minimum size): while it overflows, the next class of `drops` is added to the element, and
 * its CSS hides one more part, least needed first. Again whenever the box or a part in it is
 * resized, the content changes (`key`) or a font arrives (the Chinese font is loaded late). Returns nothing; the classes
 * it added say what was left out.
 */
export function useFitContent(ref: RefObject<HTMLElement | null>, drops: readonly string[], key: unknown): void {
  useLayoutEffect(
    function fitContent() {
      const element = ref.current;
      if (!element) return;
      const fit = () => {
        element.classList.remove(...drops);
        for (const drop of drops) {
          if (!overflows(element)) break;
          element.classList.add(drop);
        }
      };
      fit();
      // The box and each part in it: a part grows when the type does (the projector theme's root size
      // arrives, a font loads) while the box keeps its size.
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null;
      observer?.observe(element);
      for (const part of element.children) observer?.observe(part);
      const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
      fonts?.addEventListener?.('loadingdone', fit);
      return () => {
        observer?.disconnect();
        fonts?.removeEventListener?.('loadingdone', fit);
      };
    },
    [ref, drops, key],
  );
}
