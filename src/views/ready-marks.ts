import { useEffect } from 'react';

/** The views that must have drawn before the dashboard counts as ready. */
export const VIEWS_FOR_READY = ['list', 'map', 'timeline', 'charts'] as const;
export type ReadyView = (typeof VIEWS_FOR_READY)[number];

/** Performance mark set once every view has drawn the first dataset (read by npm run bench). */
export const READY_MARK = 'dashboard-ready';

const drawn = new Set<ReadyView>();
const waiting = new Set<() => void>();

/** Calls `callback` once the dashboard is ready (at once if it is); returns a function that cancels it. */
export function afterReady(callback: () => void): () => void {
  if (document.documentElement.dataset.ready === 'true') {
    callback();
    return () => {};
  }
  waiting.add(callback);
  return () => waiting.delete(callback);
}

function markDrawn(view: ReadyView) {
  if (drawn.has(view)) return;
  drawn.add(view);
  if (VIEWS_FOR_READY.every((v) => drawn.has(v))) {
    // After the browser paints what was just committed.
    requestAnimationFrame(() => {
      performance.mark(READY_MARK);
      document.documentElement.dataset.ready = 'true';
      for (const callback of waiting) callback();
      waiting.clear();
    });
  }
}

/** A view calls this with `true` once it has drawn its data (not a loading state). */
export function useReportDrawn(view: ReadyView, isDrawn: boolean) {
  useEffect(() => {
    if (isDrawn) markDrawn(view);
  }, [view, isDrawn]);
}
