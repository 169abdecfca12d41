import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inkedPixels } from './png-pixels';

const TITLES = {
  schneider: 'Schneider Electric memorandum of cooperation with two Suzhou parks',
  danfoss: 'Danfoss cooperation agreement with Wuxing District, Huzhou, for its zero-carbon emission initiative',
  cecep: 'CECEP and CATL strategic cooperation agreement on energy storage',
  fangda: 'CATL and Liaoning Fangda Group strategic cooperation agreement for a zero-carbon industrial cluster',
  siemens: 'Siemens China Zero Carbon Pioneer Program',
  zibo: 'Energy Chain, Zibo Municipal People\'s Government and China Quality Certification Center tripartite agreement on Zibo\'s "double carbon" goal',
};

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' });
const charts = (page: Page) => page.getByRole('region', { name: 'Charts' });
const card = (page: Page, title: string) => charts(page).getByRole('region', { name: title, exact: true });
const listed = (page: Page) => page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('list').getByRole('button');

async function expectListed(page: Page, titles: string[]) {
  await expect(listed(page)).toHaveCount(titles.length);
  for (const title of titles) await expect(listed(page).filter({ hasText: title })).toHaveCount(1);
}


async function download(page: Page, button: Locator): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
});

test('the sector chart counts each initiative in each sector, filters the other views and undoes', async ({ page }) => {
  const sectors = card(page, 'Initiatives by sector');
  await expect(sectors).toContainText('An initiative in several sectors counts in each');
  await expect(sectors.getByRole('button', { name: /^Digitalisation: 3 initiatives\./ })).toBeVisible();
  const storage = sectors.getByRole('button', { name: /^Energy storage: 2 initiatives\./ });
  await storage.click();
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  // Recounted with the panels, then no longer marked busy.
  await expect(count(page)).toHaveAttribute('aria-busy', 'false');
  await expectListed(page, [TITLES.cecep, TITLES.fangda]);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Sector: Energy storage');
  // The chart keeps its context (every sector) and says what the choice keeps of each.
  await expect(sectors.getByRole('button', { name: /^Digitalisation: 0 of 3 initiatives shown/ })).toBeVisible();
  await expect(sectors.getByRole('button', { name: /^Zero-carbon parks: 1 of 2 initiatives shown/ })).toBeVisible();
  await expect(sectors).toContainText('Highlighted here rather than filtered: Sector: Energy storage');
  // The others filter: the partner chart has only the two energy-storage agreements' partners.
  const partners = card(page, 'Initiatives by partner');
  await expect(partners.getByRole('toolbar', { name: 'Partners' }).getByRole('button')).toHaveCount(3);
  await expect(partners.getByRole('button', { name: /^CATL \(Private company\): 2 initiatives/ })).toBeVisible();
  await expect(card(page, 'Initiatives over time').getByRole('button', { name: /^2 initiatives dated 2025/ })).toBeVisible();
  await sectors.getByRole('button', { name: /^Energy storage: 2 initiatives\./ }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await expect(listed(page)).toHaveCount(6);
});

test('the partner and partner-kind charts filter, and a chip undoes them', async ({ page }) => {
  const partners = card(page, 'Initiatives by partner');
  await expect(partners.getByRole('list', { name: 'Partner kinds' })).toContainText('Multinational company');
  await expect(partners.getByRole('button', { name: /^Others \(3 organisations\): 3 initiatives$/ })).toHaveAttribute('aria-disabled', 'true');
  await partners.getByRole('button', { name: /^CATL \(Private company\): 2 initiatives/ }).click();
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await expectListed(page, [TITLES.cecep, TITLES.fangda]);
  await page.getByRole('button', { name: 'Remove filter Partner: CATL' }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');

  const kinds = card(page, 'Initiatives by partner kind');
  await expect(kinds.getByRole('button', { name: /^Multinational company: 3 initiatives/ })).toBeVisible();
  await kinds.getByRole('button', { name: /^Multinational company: 3 initiatives/ }).click();
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  await expectListed(page, [TITLES.schneider, TITLES.danfoss, TITLES.siemens]);
  await kinds.getByRole('button', { name: /^Multinational company: 3 initiatives/ }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
});

test('a matrix cell shows the initiatives of a company and a government together; pressing again undoes', async ({ page }) => {
  const matrix = card(page, 'Who works with whom');
  await expect(matrix.getByRole('rowheader')).toHaveText([/Danfoss/, /Energy Chain/, /Schneider Electric/]);
  await expect(matrix).toContainText('Not in the matrix: 3 initiatives with no company–government pair');
  const cell = matrix.getByRole('button', { name: /^Energy Chain with Zibo Municipal People's Government: 1 initiative together/ });
  await cell.click();
  await expect(count(page)).toHaveText('Showing 1 of 6 initiatives');
  await expectListed(page, [TITLES.zibo]);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText("Partners together: Energy Chain + Zibo Municipal People's Government");
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  // The partner chart shares the clause, so it keeps its context and outlines both partners.
  await expect(card(page, 'Initiatives by partner').getByRole('button', { name: /^CATL \(Private company\): 0 of 2/ })).toBeVisible();
  await cell.click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
});

test('the year chart filters to a year, notes the undated, and undoes', async ({ page }) => {
  const years = card(page, 'Initiatives over time');
  await expect(years).toContainText('Not in the chart: 1 initiative with no known date.');
  // 2020 to 2025, empty years included so time reads evenly.
  await expect(years.getByRole('toolbar', { name: 'Years' }).getByRole('button')).toHaveCount(6);
  await expect(years.getByRole('button', { name: /^1 initiative dated 2020/ })).toBeVisible();
  await expect(years.getByRole('button', { name: /^2 initiatives dated 2025: Zero-carbon parks: 1, Energy storage: 1/ })).toBeVisible();
  await years.getByRole('button', { name: /^2 initiatives dated 2021/ }).click();
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await expectListed(page, [TITLES.siemens, TITLES.zibo]);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Date: 1 Jan 2021 – 31 Dec 2021');
  // Other years stay in the chart, marked as outside the date filter.
  await expect(years.getByRole('button', { name: /^2 initiatives dated 2025 \(outside your date filter\)/ })).toBeVisible();
  await expect(years.getByRole('list', { name: 'Sectors' })).toContainText('Faded: years outside your date filter');
  await years.getByRole('button', { name: /^2 initiatives dated 2021/ }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
});

test('every chart has a table of its numbers behind a toggle', async ({ page }) => {
  const partners = card(page, 'Initiatives by partner');
  const toggle = partners.getByRole('button', { name: 'Show table' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = partners.getByRole('table', { name: 'Initiatives by partner' });
  await expect(table.getByRole('row', { name: /^CATL/ }).getByRole('cell').first()).toHaveText('2');
  await table.getByRole('button', { name: 'Filter by CATL' }).click();
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await toggle.click();
  await expect(partners.getByRole('table')).toHaveCount(0);
  await expect(partners.getByRole('toolbar', { name: 'Partners' })).toBeVisible();
  for (const title of ['Initiatives by sector', 'Initiatives by partner kind', 'Initiatives over time', 'Who works with whom']) {
    await card(page, title).getByRole('button', { name: 'Show table' }).click();
    await expect(card(page, title).getByRole('table')).toBeVisible();
  }
  await expect(card(page, 'Who works with whom').getByRole('table').getByRole('row', { name: /Danfoss/ })).toHaveCount(2);
  // Back from the table, each chart is drawn again, bars and all (the year chart's box is the card's, measured anew).
  for (const title of ['Initiatives over time', 'Initiatives by sector']) {
    await card(page, title).getByRole('button', { name: 'Show table' }).click();
    await expect(card(page, title).getByRole('table')).toHaveCount(0);
    await expect(card(page, title).locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  }
});

test('the bars work from the keyboard', async ({ page }) => {
  const bars = card(page, 'Initiatives by sector').getByRole('toolbar', { name: 'Sectors' });
  await bars.getByRole('button').first().focus();
  await expect(page.locator('.chart-tooltip')).toContainText('Digitalisation');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(bars.getByRole('button').last()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  await page.keyboard.press(' ');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
});

test('a bar names its category and count under the pointer, from the first hover on', async ({ page }) => {
  // The tooltips mount only once a chart is first pointed at or focused (use-tooltip-wanted.tsx): the first hover must show one.
  await expect(page.locator('.chart-tooltip')).toHaveCount(0);
  // None is mounted before it is wanted.
  await expect(page.locator('.recharts-tooltip-wrapper')).toHaveCount(0);
  const sectors = card(page, 'Initiatives by sector');
  const bands = sectors.getByRole('toolbar', { name: 'Sectors' }).getByRole('button');
  await bands.first().hover();
  await expect(page.locator('.chart-tooltip')).toContainText('Digitalisation');
  await bands.last().hover();
  await expect(page.locator('.chart-tooltip')).not.toContainText('Digitalisation');
  await card(page, 'Initiatives over time').getByRole('button', { name: /^1 initiative dated 2020/ }).hover();
  await expect(page.locator('.chart-tooltip').filter({ hasText: /^2020/ })).toBeVisible();
});

test('CSV and JSON downloads hold exactly the filtered initiatives', async ({ page }) => {
  await card(page, 'Initiatives by sector').getByRole('button', { name: /^Energy storage: 2 initiatives\./ }).click();
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  const menu = page.getByRole('group', { name: 'Download' });
  const csv = await download(page, menu.getByRole('button', { name: 'CSV' }));
  // The CSV comes in a .zip with its companion file (exports.spec.ts checks both).
  expect(csv.name).toMatch(/^carbon-initiatives-\d{4}-\d{2}-\d{2}\.zip$/);
  const parsed = Papa.parse<Record<string, string>>(strFromU8(unzipSync(new Uint8Array(csv.body))['initiatives.csv']!), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.map((r) => r.title_en).sort()).toEqual([TITLES.fangda, TITLES.cecep].sort());
  expect(parsed.data.every((r) => r.sectors_en!.includes('Energy storage'))).toBe(true);
  expect(parsed.data.find((r) => r.id === 'cecep-catl-energy-storage-agreement')).toMatchObject({ date: '25 Feb 2025', date_iso: '2025-02-25', date_basis: 'inferred', partners_en: 'China Energy Conservation and Environmental Protection Group; CATL', provinces_en: 'Fujian' });
  await expect(menu.getByRole('status')).toHaveText(`Downloaded ${csv.name}`);

  const json = await download(page, menu.getByRole('button', { name: 'JSON' }));
  const data = JSON.parse(json.body.toString('utf8')) as { count: number; initiatives: Array<{ id: string }>; filterLabels: string[] };
  expect(data.count).toBe(2);
  expect(data.initiatives.map((i) => i.id).sort()).toEqual(['catl-liaoning-fangda-zero-carbon-cluster', 'cecep-catl-energy-storage-agreement']);
  expect(data.filterLabels).toEqual(['Sector: Energy storage']);
});

test('a chart and the whole dashboard download as PNGs ready for a slide', async ({ page }) => {
  await card(page, 'Initiatives by partner kind').getByRole('button', { name: /^Multinational company: 3 initiatives/ }).click();
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  const sectors = card(page, 'Initiatives by sector');
  await expect(sectors).toContainText('Filters: Partner kind: Multinational company.');
  // An image export asks for its title and note first; Enter takes the defaults.
  await sectors.getByRole('button', { name: 'Download PNG of Initiatives by sector' }).click();
  const chart = await download(page, page.getByRole('dialog').getByRole('button', { name: 'Download' }));
  expect(chart.name).toMatch(/^chart-initiatives-by-sector-\d{4}-\d{2}-\d{2}\.png$/);
  const chartImage = await inkedPixels(page, chart.body);
  // Twice the card's CSS size (sharp on a projector), with the credit drawn under it.
  const cardBox = (await sectors.boundingBox())!;
  expect(chartImage.width).toBeGreaterThanOrEqual(Math.round(cardBox.width * 2));
  expect(chartImage.height).toBeGreaterThan(Math.round(cardBox.height * 2));
  expect(chartImage.inked).toBeGreaterThan(chartImage.width * chartImage.height * 0.03);
  await page.getByRole('button', { name: 'Remove filter Partner kind: Multinational company' }).click();

  await card(page, 'Initiatives by sector').getByRole('button', { name: /^Digitalisation: 3 initiatives\./ }).click();
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  await page.getByRole('group', { name: 'Download' }).getByRole('button', { name: 'Dashboard PNG' }).click();
  const dashboard = await download(page, page.getByRole('dialog').getByRole('button', { name: 'Download' }));
  expect(dashboard.name).toMatch(/^carbon-initiatives-dashboard-\d{4}-\d{2}-\d{2}\.png$/);
  const dashboardImage = await inkedPixels(page, dashboard.body);
  expect(dashboardImage.width).toBeGreaterThan(2000);
  expect(dashboardImage.inked).toBeGreaterThan(dashboardImage.width * dashboardImage.height * 0.03);

  // Kept as the examples in docs/ (look at them: title, legend, filters, credit and date).
  if (process.env.SAVE_EXPORT_EXAMPLES) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync('docs/export-chart.png', chart.body);
    writeFileSync('docs/export-dashboard.png', dashboard.body);
  }
});

test.describe('10,000 synthetic initiatives', () => {
  test.setTimeout(120_000);

  test('charts stay small and a chart filter updates the dashboard quickly', async ({ page }) => {
    await page.goto('/?dataset=synthetic/n10000-s1');
    await expect(count(page)).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 60_000 });
    // The charts are a lazily loaded chunk: wait for them before counting what they draw.
    await expect(card(page, 'Who works with whom').locator('.matrix-cell').first()).toBeVisible();
    for (const title of ['Initiatives by sector', 'Initiatives by partner', 'Initiatives by partner kind', 'Initiatives over time']) {
      const shapes = await card(page, title).locator('svg .recharts-rectangle, svg .band-hit').count();
      expect(shapes, `${title} draws aggregated bars`).toBeLessThanOrEqual(2 * 31 * 5);
    }
    // Top 10 companies x top 10 counterparts: at most 100 cells, whatever the number of records.
    const cells = await card(page, 'Who works with whom').locator('.matrix-cell').count();
    expect(cells).toBeGreaterThan(90);
    expect(cells).toBeLessThanOrEqual(100);
    await expect(card(page, 'Initiatives by partner').getByRole('button', { name: /^Others \(\d+ organisations\)/ })).toBeVisible();

    // Time from pressing a bar to the header showing the new count, then to the next frame painted.
    const first = card(page, 'Initiatives by sector').getByRole('toolbar', { name: 'Sectors' }).getByRole('button').first();
    const timings: number[] = [];
    for (let i = 0; i < 4; i++) {
      const ms = await first.evaluate(
        (bar) =>
          new Promise<number>((resolve) => {
            const status = [...document.querySelectorAll('[role=status]')].find((s) => s.textContent?.startsWith('Showing'))!;
            const before = status.textContent;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (status.textContent === before) return;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
            });
            observer.observe(status, { subtree: true, characterData: true, childList: true });
            bar.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          }),
      );
      timings.push(Math.round(ms));
    }
    console.log(`10,000 initiatives: filter by a sector bar and back, ms to the next painted frame: ${timings.join(', ')}`);
    expect(Math.min(...timings)).toBeLessThan(1500);
  });
});

test.describe('on a 1920x1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('draws ticks and bars large enough to read across a room, every bar in its card, and back at screen size after', async ({ page }) => {
    await page.goto('/?present=curated&scene=10');
    const sectors = card(page, 'Initiatives by sector');
    const ticks = sectors.locator('.recharts-cartesian-axis-tick-value');
    const categories = sectors.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect(categories).toHaveCount(15);
    // projector.css makes 1rem 2.4% of the height (25.92px here), the slide's smallest text; JS-drawn text follows it.
    await expect(page.locator('html')).toHaveCSS('font-size', '25.92px');
    // The charts redraw one after another for the scene and the projector: poll until the last has.
    const tickSizes = () => ticks.evaluateAll((nodes) => nodes.map((n) => parseFloat(getComputedStyle(n).fontSize)));
    await expect.poll(async () => (await tickSizes()).length, { timeout: 5000 }).toBeGreaterThan(15);
    await expect.poll(async () => Math.min(...(await tickSizes())), { timeout: 5000 }).toBeGreaterThanOrEqual(25.9);
    // Polled too: the last chart's redraw may replace its bars between two reads on a busy machine.
    await expect.poll(async () => (await sectors.locator('.recharts-bar-rectangle path').first().boundingBox())?.height ?? 0, { timeout: 5000 }).toBeGreaterThanOrEqual(19);

    // Every category label readable: one under another, not cut at the card's left; the axis title inside the card.
    const cardBox = (await sectors.boundingBox())!;
    const boxes = await categories.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
    for (const box of boxes) expect(box.left).toBeGreaterThanOrEqual(cardBox.x);
    const title = (await sectors.locator('.recharts-label', { hasText: 'Initiatives' }).boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(cardBox.y + cardBox.height);
    // The card is not cut off by the caption bar.
    const caption = (await page.getByRole('contentinfo', { name: 'Scene caption' }).boundingBox())!;
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(caption.y);

    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/projector/);
    await expect(categories.first()).toHaveCSS('font-size', '13px');
    // The charts redraw one after another, each in a few passes: wait for the last tick to follow.
    await expect.poll(async () => new Set(await ticks.evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).fontSize)))).toEqual(new Set(['13px']));
  });
});
