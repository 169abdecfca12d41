import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { brushTrack } from './brush-track';
import { expect, test } from './fixtures';

interface SeedInitiative {
  id: string;
  title: string;
  date: { value: string | null; precision: 'day' | 'month' | 'year' | 'unknown' };
}
interface SeedInitiativeWithSectors extends SeedInitiative {
  sectors: string[];
}
const readInitiatives = (dir: string) => (JSON.parse(readFileSync(`${dir}/initiatives.json`, 'utf8')) as { initiatives: SeedInitiativeWithSectors[] }).initiatives;
const SEED = readInitiatives('data');

/** The inclusive span of a seed date as ISO days ("2021-09" is 2021-09-01 to 2021-09-30). */
function spanOf(date: SeedInitiative['date']): [string, string] | null {
  if (date.value === null) return null;
  if (date.precision === 'day') return [date.value, date.value];
  if (date.precision === 'year') return [`${date.value}-01-01`, `${date.value}-12-31`];
  const [y, m] = date.value.split('-').map(Number) as [number, number];
  return [`${date.value}-01`, new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)];
}

/** The initiatives whose date overlaps [from, to]: what the app must show. */
function inRange<T extends SeedInitiative>(initiatives: T[], from: string, to: string): T[] {
  return initiatives.filter((i) => {
    const span = spanOf(i.date);
    return span !== null && span[1] >= from && span[0] <= to;
  });
}
/** The titles dated in the range, newest first (the list's order unless another is chosen). */
const titlesInRange = (from: string, to: string) =>
  inRange(SEED, from, to)
    .sort((a, b) => b.date.value!.localeCompare(a.date.value!))
    .map((i) => i.title);

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/**
 * Page x of the start of a day on the plot, read off the brush handles while they rest at the ends
 * of the axis (2020-01-01 and the end of 2025-12-31).
 */
async function readAxis(timelineRegion: Locator): Promise<(iso: string) => number> {
  const start = await timelineRegion.getByRole('slider', { name: 'Start of the date range' }).boundingBox();
  const end = await timelineRegion.getByRole('slider', { name: 'End of the date range' }).boundingBox();
  const [x0, x1] = [start!.x + start!.width / 2, end!.x + end!.width / 2];
  const [d0, d1] = [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)];
  return (iso) => x0 + ((Date.parse(iso) - d0) / (d1 - d0)) * (x1 - x0);
}

test('brushing the timeline with the mouse narrows the count and the list to the dataset', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const region = timeline(page);
  await expect(region.getByRole('heading', { name: 'Timeline' })).toBeVisible();

  const plot = region.locator('.tl-plot');
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  const y = box.y + box.height - 60;
  const xOf = await readAxis(region);
  await page.mouse.move(xOf('2021-01-15'), y);
  await page.mouse.down();
  await page.mouse.move(xOf('2022-12-15'), y, { steps: 12 });
  await page.mouse.up();

  await expect(page).toHaveURL(/from=2021-01-\d\d&to=2022-12-\d\d/);
  const url = new URL(page.url());
  const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
  const expected = titlesInRange(from, to);
  expect(expected).toHaveLength(2);
  await expect(count(page)).toHaveText(`Showing ${expected.length} of 6 initiatives`);
  const list = page.getByRole('region', { name: 'Initiatives' });
  await expect(list.locator('.item-title')).toHaveText(expected);
  await expect(region.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(region.getByLabel('To', { exact: true })).toHaveValue(to);

  // The whole drag is one history entry: Back undoes it, Forward brings it back.
  await page.goBack();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await expect(region.locator('.tl-brush-band')).toHaveCount(0);
  await page.goForward();
  await expect(count(page)).toHaveText(`Showing ${expected.length} of 6 initiatives`);

  // The timeline keeps every year (cross-filtering): the Danfoss mark of 2020 is still drawn, greyed.
  await expect(region.getByRole('button', { name: /^Danfoss .*30 Nov 2020/ }).first()).toHaveClass(/dimmed/);

  // Dragging the band moves the range by the same number of days; Clear brings everything back.
  await page.mouse.move(xOf('2022-01-01'), y);
  await page.mouse.down();
  await page.mouse.move(xOf('2025-01-01'), y, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2024-01-\d\d/);
  const moved = new URL(page.url());
  await expect(count(page)).toHaveText(`Showing ${titlesInRange(moved.searchParams.get('from')!, moved.searchParams.get('to') ?? '9999').length} of 6 initiatives`);
  await region.getByRole('button', { name: 'Clear dates' }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await expect(page).not.toHaveURL(/from=/);
});

test('the brush handles work from the keyboard, and a date range in the URL shows as the brush', async ({ page }) => {
  await page.goto('/');
  const region = timeline(page);
  const start = region.getByRole('slider', { name: 'Start of the date range' });
  const end = region.getByRole('slider', { name: 'End of the date range' });
  await start.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(start).toHaveAttribute('aria-valuetext', '1 Jan 2021');
  await end.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect(end).toHaveAttribute('aria-valuetext', '31 Dec 2022');
  await expect(page).toHaveURL(/from=2021-01-01&to=2022-12-31/);
  await expect(count(page)).toHaveText(`Showing ${titlesInRange('2021-01-01', '2022-12-31').length} of 6 initiatives`);

  // Home takes the start handle back to the edge of the axis: no start limit.
  await start.focus();
  await page.keyboard.press('Home');
  await expect(start).toHaveAttribute('aria-valuetext', 'no start limit');
  await expect(count(page)).toHaveText(`Showing ${titlesInRange('0000-01-01', '2022-12-31').length} of 6 initiatives`);

  // Typing a date in a field (ISO form, taken on Enter) sets the same clause.
  await region.getByLabel('From', { exact: true }).fill('2021-10-01');
  await region.getByLabel('From', { exact: true }).press('Enter');
  await expect(count(page)).toHaveText(`Showing ${titlesInRange('2021-10-01', '2022-12-31').length} of 6 initiatives`);

  await page.goto('/?from=2025-01-01&to=2025-03-31');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await expect(timeline(page).getByRole('slider', { name: 'Start of the date range' })).toHaveAttribute('aria-valuetext', '1 Jan 2025');
  await expect(timeline(page).locator('.tl-brush-band')).toBeVisible();
});

test('hovering shows a tooltip and Enter or a click selects an initiative, highlighted on the timeline', async ({ page }) => {
  await page.goto('/');
  const region = timeline(page);
  const danfoss = region.getByRole('button', { name: /^Danfoss .*Renewable energy$/ });
  await danfoss.hover();
  await expect(region.getByRole('tooltip')).toContainText('30 Nov 2020 · dated to the day');

  await danfoss.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/selected=/);
  const selectedId = new URL(page.url()).searchParams.get('selected');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(SEED.find((i) => i.id === selectedId)!.title);

  const siemens = region.getByRole('button', { name: /^Siemens China Zero Carbon Pioneer Program, Sept? 2021 \(inferred\)/ }).first();
  await siemens.click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Siemens China Zero Carbon Pioneer Program');
  await expect(siemens).toHaveAttribute('aria-pressed', 'true');
  await expect(region.getByRole('tooltip')).toContainText('Inferred:');
});

test('the undated lane lists the initiatives with no known date', async ({ page }) => {
  await page.goto('/');
  const region = timeline(page);
  const toggle = region.getByRole('button', { name: /Undated 1 initiative with no known date/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const item = region.getByRole('list', { name: 'Undated initiatives' }).getByRole('button', { name: 'Schneider Electric memorandum of cooperation with two Suzhou parks' });
  await item.click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Schneider Electric memorandum of cooperation with two Suzhou parks',
  );
});

test('play runs time forward, initiatives appear cumulatively, and it stops at the end', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const region = timeline(page);
  await region.getByLabel('Speed').selectOption({ label: '1 year per step' });

  // Record every count the header shows while playing.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenCounts: string[] }).seenCounts = seen;
    const target = [...document.querySelectorAll('[role="status"]')].find((el) => el.textContent?.startsWith('Showing'))!;
    new MutationObserver(() => seen.push(target.textContent ?? '')).observe(target, { subtree: true, childList: true, characterData: true });
  });
  await region.getByRole('button', { name: 'Play' }).click();
  await expect(region.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(region.getByRole('button', { name: 'Replay' })).toBeVisible({ timeout: 15_000 });

  const dated = SEED.filter((i) => i.date.value !== null).length;
  await expect(count(page)).toHaveText(`Showing ${dated} of 6 initiatives`);
  await expect(region.locator('.tl-playhead-label')).toHaveText('Up to Dec 2025');
  const shown = (await page.evaluate(() => (window as unknown as { seenCounts: string[] }).seenCounts))
    .map((text) => Number(/Showing (\d+)/.exec(text)?.[1]))
    .filter((n, i, all) => i === 0 || n !== all[i - 1]);
  // Playback starts before the first dated initiative (0 shown), but the panels draw from a deferred
  // copy of the playhead, which may skip that first step on a busy machine (never more than one at
  // a year per step): the first count is 0 or the initiatives of the first year, then they only grow.
  const years = SEED.flatMap((i) => (i.date.value === null ? [] : [i.date.value.slice(0, 4)]));
  const firstYear = years.reduce((a, b) => (a < b ? a : b));
  expect(shown[0]).toBeLessThanOrEqual(years.filter((y) => y === firstYear).length);
  expect(shown.at(-1)).toBe(dated);
  expect(shown.length).toBeGreaterThan(2);
  for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeGreaterThan(shown[i - 1]!);

  // Stopped: nothing moves any more, and "Show all dates" leaves playback.
  await page.waitForTimeout(1200);
  await expect(region.locator('.tl-playhead-label')).toHaveText('Up to Dec 2025');
  await region.getByRole('button', { name: 'Show all dates' }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await expect(region.locator('.tl-playhead')).toHaveCount(0);
});

test('step forward and back move the playhead one step at a time', async ({ page }) => {
  await page.goto('/');
  const region = timeline(page);
  await region.getByLabel('Speed').selectOption({ label: '1 year per step' });
  await region.getByRole('button', { name: 'Step forward' }).click();
  await expect(region.locator('.tl-playhead-label')).toHaveText('Up to Dec 2020');
  await expect(count(page)).toHaveText('Showing 1 of 6 initiatives');
  await region.getByRole('button', { name: 'Step forward' }).click();
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  await region.getByRole('button', { name: 'Step back' }).click();
  await expect(region.locator('.tl-playhead-label')).toHaveText('Up to Dec 2020');
  await expect(count(page)).toHaveText('Showing 1 of 6 initiatives');
});

test.describe('10,000 synthetic initiatives', () => {
  const SYNTHETIC = readInitiatives('data/synthetic/n10000-s1');

  test('are drawn as counts on a canvas, with a table that agrees with the data', async ({ page }) => {
    await page.goto('/?dataset=synthetic/n10000-s1');
    await expect(count(page)).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 30_000 });
    const region = timeline(page);
    await expect(region.getByRole('img', { name: /^Initiatives per month in each sector lane/ })).toBeVisible();
    const undated = SYNTHETIC.filter((i) => i.date.value === null).length;
    await expect(region.getByRole('button', { name: new RegExp(`Undated ${undated.toLocaleString('en-US')} initiatives`) })).toBeVisible();

    await region.getByText('Table: initiatives per sector and year').click();
    const table = region.getByRole('table');
    const row = table.getByRole('row', { name: /^Energy storage/ });
    await expect(row.getByRole('cell').first()).toBeVisible();
    const cells = await row.getByRole('cell').allTextContents();
    const headers = (await table.getByRole('columnheader').allTextContents()).slice(1);
    const expected = headers.map((year) => SYNTHETIC.filter((i) => i.sectors.includes('energy-storage') && i.date.value?.startsWith(year)).length.toLocaleString('en-US'));
    expect(cells).toEqual(expected);
  });

  test('a mouse brush sets the filter when the drag ends, and playback runs to the end', async ({ page }) => {
    await page.goto('/?dataset=synthetic/n10000-s1');
    await expect(count(page)).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 30_000 });
    const region = timeline(page);
    const { x0, x1, box } = await brushTrack(region);
    const y = box.y + box.height / 2;
    await page.mouse.move(x0 + (x1 - x0) * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(x0 + (x1 - x0) * 0.5, y, { steps: 10 });
    // Beyond 2,500 initiatives the other views wait for the end of the drag; the band shows the dates meanwhile.
    await expect(region.locator('.tl-brush-label')).toBeVisible();
    await expect(count(page)).toHaveText('Showing 10,000 of 10,000 initiatives');
    await page.mouse.up();
    await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
    const url = new URL(page.url());
    const shown = inRange(SYNTHETIC, url.searchParams.get('from')!, url.searchParams.get('to')!).length;
    await expect(count(page)).toHaveText(`Showing ${shown.toLocaleString('en-US')} of 10,000 initiatives`);
    await region.getByRole('button', { name: 'Clear dates' }).click();

    await region.getByLabel('Speed').selectOption({ label: '1 year per step' });
    await region.getByRole('button', { name: 'Play' }).click();
    await expect(region.getByRole('button', { name: 'Replay' })).toBeVisible({ timeout: 40_000 });
    await expect(region.locator('.tl-playhead-label')).toHaveText('Up to Dec 2030');
    const dated = SYNTHETIC.length - SYNTHETIC.filter((i) => i.date.value === null).length;
    await expect(count(page)).toHaveText(`Showing ${dated.toLocaleString('en-US')} of 10,000 initiatives`);
  });
});

test.describe('on a 1920x1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('draws lane and year labels large enough to read across a room, fits them in the panel, and back at screen size after', async ({ page }) => {
    await page.goto('/?present=curated&scene=2');
    const region = timeline(page);
    const laneLabels = region.locator('.tl-lane-label');
    const years = region.locator('.tl-year');
    await expect(laneLabels).toHaveCount(12);
    // projector.css makes 1rem 2.4% of the height (25.92px here), the slide's smallest text; JS-drawn text follows it.
    await expect(page.locator('html')).toHaveCSS('font-size', '25.92px');
    const fontPx = (locator: Locator) => locator.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await fontPx(laneLabels.first())).toBeGreaterThanOrEqual(25.9);
    expect(await fontPx(years.first())).toBeGreaterThanOrEqual(25.9);
    const point = region.locator('.tl-mark circle:not(.tl-focus-ring)').first();
    expect(Number(await point.getAttribute('r'))).toBeGreaterThanOrEqual(7);

    // Nothing overlaps or is cut off: labels one under another, left of the plot, the axis inside the panel.
    const panel = (await region.boundingBox())!;
    const boxes = await laneLabels.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
    const plotLeft = await region.locator('.tl-axis-line').evaluate((line) => line.getBoundingClientRect().left);
    for (const box of boxes) expect(box.right).toBeLessThan(plotLeft);
    const axis = (await years.last().boundingBox())!;
    expect(axis.y).toBeGreaterThan(boxes[boxes.length - 1]!.bottom);
    expect(axis.y + axis.height).toBeLessThanOrEqual(panel.y + panel.height);
    await expect(region.getByText('1 initiative with no known date')).toBeInViewport();

    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/projector/);
    await expect(laneLabels.first()).toHaveCSS('font-size', '13px');
    await expect(years.first()).toHaveCSS('font-size', '13px');
    expect(Number(await point.getAttribute('r'))).toBe(5);
  });
});
