import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many of a list's items fit whole in its box (a slide cannot scroll): measured after layout,
 * again when the box is resized or the items change (`key`), with room left below them for a
 * `reserve`-px line saying how many more there are. `null` when not fitting (all are shown).
 */
export function useFittedCount(box: RefObject<HTMLElement | null>, list: RefObject<HTMLElement | null>, on: boolean, key: unknown, reserve: number): number | null {
  const [fitted, setFitted] = useState<number | null>(null);
  useLayoutEffect(
    function fitItems() {
      const outer = box.current;
      if (!on || !outer) return;
      const measure = () => {
        const items = list.current ? [...list.current.children] : [];
        const bottom = outer.getBoundingClientRect().bottom - parseFloat(getComputedStyle(outer).paddingBottom || '0');
        const fits = (n: number) => n === 0 || items[n - 1]!.getBoundingClientRect().bottom <= bottom - (n < items.length ? reserve : 0) + 0.5;
        let n = items.length;
        while (n > 0 && !fits(n)) n -= 1;
        setFitted(n);
      };
      // Measured with every item laid out (two frames on: React has rendered them all), then cut to the count that fits.
      let frame = 0;
      const remeasure = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          setFitted(null);
          frame = requestAnimationFrame(() => (frame = requestAnimationFrame(measure)));
        });
      };
      remeasure();
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(remeasure) : null;
      observer?.observe(outer);
      return () => {
        cancelAnimationFrame(frame);
        observer?.disconnect();
      };
    },
    [box, list, on, key, reserve],
  );
  return on ? fitted : null;
}
