import type { Page } from '@playwright/test';
import { totalBlockingTime, type LongTask } from './blocking-time';

/** What the first view drawn is looked for by: the list's first item, or the map's basemap shapes. */
export const FIRST_VIEW_SELECTORS = { list: '.initiative-list > li', map: '.leaflet-map-basemap-pane path' } as const;
type View = keyof typeof FIRST_VIEW_SELECTORS;

/**
 * Installed before the page's own scripts (page.addInitScript), on the app and the floors alike:
 * records largest-contentful-paint candidates and long tasks, and the frame after each view of
 * FIRST_VIEW_SELECTORS first has its content in the document (a MutationObserver, so no app code
 * marks it; the frame after, as the ready mark is). A string, not a function: tsx's name-keeping
 * helper (__name) does not exist in the page.
 */
export const WATCH_LOAD = `(() => {
  const load = { lcp: [], longTasks: [], drawn: {} };
  window.__load = load;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) load.lcp.push(e.startTime); }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) load.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  const views = ${JSON.stringify(FIRST_VIEW_SELECTORS)};
  const watch = new MutationObserver(() => {
    for (const [view, selector] of Object.entries(views)) {
      if (view in load.drawn || !document.querySelector(selector)) continue;
      load.drawn[view] = NaN;
      requestAnimationFrame(() => { load.drawn[view] = performance.now(); });
    }
    if (Object.keys(load.drawn).length === Object.keys(views).length) watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
})()`;

export interface LoadMetrics {
  /** The last largest-contentful-paint candidate reported by two frames after ready (ms from navigation start). */
  lcpMs: number;
  /** Total blocking time from navigation start to ready (ms). */
  tbtMs: number;
  longTasks: number;
  /** The frame after the first of the list or the map drew its content (ms); NaN when neither did. */
  firstViewMs: number;
  drawnMs: Partial<Record<View, number>>;
}

/** Reads what WATCH_LOAD recorded, once the page is ready at `readyMs`. */
export async function readLoadMetrics(page: Page, readyMs: number): Promise<LoadMetrics> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const load = await page.evaluate(() => (window as unknown as { __load: { lcp: number[]; longTasks: LongTask[]; drawn: Partial<Record<View, number>> } }).__load);
  const drawn = Object.values(load.drawn).filter((ms) => Number.isFinite(ms));
  return {
    lcpMs: load.lcp.at(-1) ?? NaN,
    tbtMs: totalBlockingTime(load.longTasks, readyMs),
    longTasks: load.longTasks.filter((t) => t.start < readyMs).length,
    firstViewMs: drawn.length ? Math.min(...drawn) : NaN,
    drawnMs: load.drawn,
  };
}
