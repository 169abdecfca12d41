import type { Browser, Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { INTERACTIONS, type Interaction } from './interactions';
import { WATCH_LOAD } from './load-metrics';

/** Headless Chromium as the benchmarks run it: no GPU, nothing in the background. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Waits until a local server answers `path` at `base` (up to 20 s). */
export async function waitForServer(base: string, path = '/'): Promise<void> {
  for (let i = 0; i < 100 && !(await fetch(`${base}${path}`).then((r) => r.ok, () => false)); i++) await sleep(200);
}

/**
 * A page as every measured load gets it, the app's and the floors' alike: a fresh browser context
 * (empty cache), the same viewport, the load observers (load-metrics.ts) installed first.
 */
export async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.addInitScript(WATCH_LOAD);
  return page;
}

/** Every element in the document, SVG ones included. */
export function countElements(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/**
 * Navigation start to the app's `dashboard-ready` mark (data loaded, validated, every view drawn).
 * The floor pages (scripts/bench/floor/) set the same mark and attribute, so they are read alike.
 */
export async function measureReady(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' || document.documentElement.dataset.ready === 'error', null, { timeout: 180_000 });
  // A floor page that could not load its files says so (the app shows its error screen, and times out here).
  if ((await page.evaluate(() => document.documentElement.dataset.ready)) === 'error') throw new Error(`${url} did not load: ${await page.locator('body').innerText()}`);
  return page.evaluate(() => performance.getEntriesByName('dashboard-ready')[0]!.startTime);
}

/** Used JS heap after a forced garbage collection, in bytes. */
export async function measureHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Runs the scripted interactions and reads each one's latency from the Event Timing API (the
 * browser's INP measure: input to next paint). Chromium reports only events of 16 ms or more, so
 * an interaction with no entry is counted as 16 ms, an upper bound.
 */
export async function measureInteractions(page: Page, interactions: readonly Interaction[] = INTERACTIONS): Promise<{ durations: number[]; named: Array<[string, number]>; skipped: string[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __events: Array<{ start: number; duration: number; id: number }> };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) if (e.interactionId) w.__events.push({ start: e.startTime, duration: e.duration, id: e.interactionId });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  const windows: Array<{ name: string; start: number; end: number }> = [];
  const skipped: string[] = [];
  for (const interaction of interactions) {
    const start = await page.evaluate(() => performance.now());
    try {
      await interaction.run(page);
    } catch {
      skipped.push(interaction.name);
      continue;
    }
    // Two frames later the interaction has painted and its entry is queued.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    windows.push({ name: interaction.name, start, end: await page.evaluate(() => performance.now()) });
  }
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const events = await page.evaluate(() => (window as unknown as { __events: Array<{ start: number; duration: number }> }).__events);
  const durations = windows.map(({ start, end }) => Math.max(16, ...events.filter((e) => e.start >= start && e.start <= end).map((e) => e.duration)));
  return { durations, named: windows.map((w, i) => [w.name, durations[i]!]), skipped };
}

/** Frames per second while the timeline plays, counted with requestAnimationFrame over 3 s. */
export async function measurePlaybackFps(page: Page): Promise<number> {
  const play = page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: /Play|Replay/ });
  if (!(await play.count())) return NaN;
  await play.first().click();
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  const fps = await page.evaluate<number>(`new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    function tick(now) {
      frames++;
      if (now - start < 3000) requestAnimationFrame(tick);
      else resolve((frames * 1000) / (now - start));
    }
    requestAnimationFrame(tick);
  })`);
  const pause = page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: /Pause/ });
  if (await pause.count()) await pause.first().click();
  return fps;
}
