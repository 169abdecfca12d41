import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/** What each view had drawn at the moment the dashboard set its ready mark (npm run bench times that mark). */
interface DrawnAtReady {
  listItems: number;
  mapLabels: number;
  timelineLayers: number;
  chartBars: number;
  /** The map's zoom (Leaflet's container carries it as data-zoom). */
  mapZoom: string | undefined;
}

/** Counts what is on the page when the app calls performance.mark('dashboard-ready'). */
async function countAtReadyMark(page: Page) {
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'dashboard-ready') {
        const count = (selector: string) => document.querySelectorAll(selector).length;
        (window as unknown as { drawnAtReady: DrawnAtReady }).drawnAtReady = {
          listItems: count('.initiative-list li'),
          mapLabels: count('.map-label-anchor'),
          timelineLayers: count('.tl-plot > *'),
          chartBars: count('.recharts-bar-rectangle'),
          mapZoom: document.querySelector<HTMLElement>('.leaflet-container')?.dataset.zoom,
        };
      }
      return mark(name, options);
    };
  });
}

async function drawnAtReady(page: Page): Promise<DrawnAtReady> {
  await page.waitForFunction(() => 'drawnAtReady' in window, null, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { drawnAtReady: DrawnAtReady }).drawnAtReady);
}

for (const { dataset, query } of [
  { dataset: 'the curated dataset', query: '/' },
  { dataset: '10,000 synthetic initiatives', query: '/?dataset=synthetic/n10000-s1' },
]) {
  test(`at the ready mark every view has drawn ${dataset}, not a loading state (the bench's ready is honest)`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await countAtReadyMark(page);
    await page.goto(query);
    const drawn = await drawnAtReady(page);
    expect(drawn.listItems, 'list items').toBeGreaterThan(0);
    // The markers are on a canvas; their names and counts are elements over it.
    expect(drawn.mapLabels, 'map labels').toBeGreaterThan(0);
    // The timeline's plot (its canvas and the layers over it) appears only once it knows its width.
    expect(drawn.timelineLayers, 'timeline plot layers').toBeGreaterThan(0);
    expect(drawn.chartBars, 'chart bars').toBeGreaterThan(0);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');

    // What was drawn at the mark is the opening view, not a step on the way to it: the map is not
    // still moving to its opening zoom, and its labels are the ones it keeps.
    const map = page.locator('.leaflet-container');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(1000);
    await expect(map).not.toHaveAttribute('data-moving', 'true');
    expect(await map.getAttribute('data-zoom'), 'zoom at the mark and after').toBe(drawn.mapZoom);
    expect(await page.locator('.map-label-anchor').count(), 'map labels at the mark and after').toBe(drawn.mapLabels);
  });
}
