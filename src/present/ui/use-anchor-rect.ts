import { useLayoutEffect, useState } from 'react';

export interface AnchorRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

function sameRect(a: AnchorRect | null, b: AnchorRect): boolean {
  return a !== null && a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
}

/**
 * The viewport box of the first element matching `selector` (px), followed through resizes: a
 * fixed overlay placed with it covers that element exactly, e.g. a tour card over the side column.
 */
export function useAnchorRect(selector: string): AnchorRect | null {
  const [rect, setRect] = useState<AnchorRect | null>(null);
  useLayoutEffect(
    function followAnchor() {
      const element = document.querySelector(selector);
      if (!element) return;
      const measure = () => {
        const box = element.getBoundingClientRect();
        const next = { top: box.top, left: box.left, width: box.width, height: box.height };
        setRect((current) => (sameRect(current, next) ? current : next));
      };
      measure();
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
      observer?.observe(element);
      window.addEventListener('resize', measure);
      return () => {
        observer?.disconnect();
        window.removeEventListener('resize', measure);
      };
    },
    [selector],
  );
  return rect;
}
