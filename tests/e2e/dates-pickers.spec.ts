import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { brushTrack } from './brush-track';
import { expect, test } from './fixtures';

/**
 * Dates and pickers by hand: date presets, ISO dates typed whatever the browser's locale, a brush
 * that snaps to whole months, and the filter pickers from the keyboard.
 */

interface SeedInitiative {
  title: string;
  date: { value: string | null; precision: 'day' | 'month' | 'year' | 'unknown' };
  partners: Array<{ id: string }> | string[];
}
const SEED = (JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: SeedInitiative[] }).initiatives;

/** The inclusive span of a seed date as ISO days ("2021-09" is 2021-09-01 to 2021-09-30). */
function spanOf(date: SeedInitiative['date']): [string, string] | null {
  if (date.value === null) return null;
  if (date.precision === 'day') return [date.value, date.value];
  if (date.precision === 'year') return [`${date.value}-01-01`, `${date.value}-12-31`];
  const [y, m] = date.value.split('-').map(Number) as [number, number];
  return [`${date.value}-01`, new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)];
}
const inRange = (from: string, to: string) =>
  SEED.filter((i) => {
    const span = spanOf(i.date);
    return span !== null && span[1] >= from && span[0] <= to;
  });

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const isMonthStart = (iso: string) => /^\d{4}-\d\d-01$/.test(iso);
const isMonthEnd = (iso: string) => {
  const next = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);
  return next.getUTCDate() === 1;
};

test('a year preset sets the range, the address and the count; "All dates" clears it', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const region = timeline(page);
  const presets = region.getByRole('button', { name: 'Presets' });
  await presets.click();
  const panel = region.getByRole('group', { name: 'Date presets' });
  // The years the curated data has, and the last 12 months counted back from today, which it says.
  await expect(panel.getByRole('group', { name: 'Years with initiatives' }).getByRole('button')).toHaveText(['2020', '2021', '2025']);
  await expect(panel.getByRole('button', { name: 'Last 12 months' })).toHaveAccessibleDescription(/^Last 12 months: .+ to today, .+\.$/);
  await expect(panel.getByRole('button', { name: 'All dates' })).toHaveAttribute('aria-pressed', 'true');
  expect((await new AxeBuilder({ page }).include('.tl-range').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await panel.getByRole('button', { name: '2021' }).click();
  await expect(page).toHaveURL(/from=2021-01-01&to=2021-12-31/);
  await expect(count(page)).toHaveText(`Showing ${inRange('2021-01-01', '2021-12-31').length} of 6 initiatives`);
  await expect(region.getByLabel('From', { exact: true })).toHaveValue('2021-01-01');
  await expect(region.getByLabel('To', { exact: true })).toHaveValue('2021-12-31');
  // The list closed and focus is back on its button; opened again, the year shows as the one chosen.
  await expect(presets).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: '2021' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('button', { name: '2021' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(presets).toBeFocused();

  await presets.click();
  await panel.getByRole('button', { name: 'Last 12 months' }).click();
  const today = new Date();
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  await expect(region.getByLabel('To', { exact: true })).toHaveValue(iso(today));

  await presets.click();
  await panel.getByRole('button', { name: 'All dates' }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await expect(page).not.toHaveURL(/from=|to=/);
});

test.describe('with the browser in German', () => {
  test.use({ locale: 'de-DE' });

  test('takes dates typed in ISO form and says why an impossible date is refused', async ({ page }) => {
    await page.goto('/');
    await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
    const region = timeline(page);
    const from = region.getByLabel('From', { exact: true });
    const to = region.getByLabel('To', { exact: true });
    await expect(from).toHaveAttribute('placeholder', 'YYYY-MM-DD');

    await from.fill('2021-10-01');
    await from.press('Enter');
    await expect(page).toHaveURL(/from=2021-10-01/);
    await expect(count(page)).toHaveText(`Showing ${inRange('2021-10-01', '9999-12-31').length} of 6 initiatives`);

    // 30 February is refused as it is typed, next to the field, and nothing changes.
    await to.fill('2018-02-30');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAccessibleDescription('Not a date: Feb 2018 has 28 days.');
    await expect(region.getByText('Not a date: Feb 2018 has 28 days.')).toBeVisible();
    await to.press('Enter');
    await expect(page).not.toHaveURL(/to=/);
    // A German date is not read as one.
    await to.fill('31.12.2022');
    await to.press('Enter');
    await expect(to).toHaveAccessibleDescription(/^Type the date as YYYY-MM-DD/);
    // A month stands for its last day at the end of the range, taken when focus leaves the field.
    await to.fill('2025-02');
    await expect(to).toHaveAttribute('aria-invalid', 'false');
    await to.blur();
    await expect(to).toHaveValue('2025-02-28');
    await expect(page).toHaveURL(/from=2021-10-01&to=2025-02-28/);
    await expect(count(page)).toHaveText(`Showing ${inRange('2021-10-01', '2025-02-28').length} of 6 initiatives`);
    expect((await new AxeBuilder({ page }).include('.tl-range').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

test('in Chinese the message for an impossible date is in Chinese', async ({ page }) => {
  await page.goto('/?lang=zh');
  const region = page.getByRole('region', { name: '时间轴' });
  const to = region.getByLabel('截止日期', { exact: true });
  await to.fill('2018-02-30');
  await expect(to).toHaveAccessibleDescription('日期无效：2018年2月只有28天。');
});

test('a brush dragged across the plot ends on month boundaries', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const region = timeline(page);
  const { x0, x1, box } = await brushTrack(region);
  const y = box.y + box.height - 60;
  // From a little into 2021 to the middle of 2022: whatever days the pixels fall on.
  await page.mouse.move(x0 + (x1 - x0) * 0.213, y);
  await page.mouse.down();
  await page.mouse.move(x0 + (x1 - x0) * 0.427, y, { steps: 10 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  const url = new URL(page.url());
  const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
  expect(isMonthStart(from), from).toBe(true);
  expect(isMonthEnd(to), to).toBe(true);
  // 21.3% and 42.7% of six years fall in April 2021 and July 2022: whole months, not years.
  expect([from, to]).toEqual(['2021-04-01', '2022-07-31']);
  await expect(region.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(region.getByLabel('To', { exact: true })).toHaveValue(to);
  await expect(count(page)).toHaveText(`Showing ${inRange(from, to).length} of 6 initiatives`);

  // Dragging the end handle lands it on a month end too.
  const handle = (await region.getByRole('slider', { name: 'End of the date range' }).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 + (x1 - x0) * 0.091, y, { steps: 6 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(new RegExp(`to=${to}`));
  const moved = new URL(page.url()).searchParams.get('to')!;
  expect(isMonthEnd(moved), moved).toBe(true);
  expect(new URL(page.url()).searchParams.get('from')).toBe(from);
});

test('on 10,000 initiatives, zoomed out to 31 years, the brush takes whole years', async ({ page }) => {
  await page.goto('/?dataset=synthetic/n10000-s1');
  await expect(count(page)).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 30_000 });
  const region = timeline(page);
  const { x0, x1, box } = await brushTrack(region);
  const y = box.y + box.height / 2;
  await page.mouse.move(x0 + (x1 - x0) * 0.31, y);
  await page.mouse.down();
  await page.mouse.move(x0 + (x1 - x0) * 0.52, y, { steps: 10 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-01-01&to=\d{4}-12-31/);
});

test('a picker works from the keyboard: find, ArrowDown into the options, Space, Enter on the one match, Esc', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const filters = page.getByRole('navigation', { name: 'Filters' });
  const button = filters.getByRole('button', { name: /^Partner( \(\d+\))?$/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('group', { name: 'Partner filter' });
  const find = panel.getByRole('searchbox', { name: 'Find a partner' });
  await expect(find).toBeFocused();
  expect((await new AxeBuilder({ page }).include('.multi-select').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // ArrowDown goes to the first option; arrows, End and Home move; ArrowUp from the first goes back.
  const boxes = panel.getByRole('checkbox');
  const total = await boxes.count();
  expect(total).toBeGreaterThan(12);
  await page.keyboard.press('ArrowDown');
  await expect(boxes.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(boxes.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(boxes.nth(total - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(boxes.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(find).toBeFocused();

  // Type to narrow; Space on an option ticks it and types nothing into the find box.
  await page.keyboard.type('cat');
  await page.keyboard.press('ArrowDown');
  const catl = panel.getByRole('checkbox', { name: /^CATL / });
  await expect(catl).toBeFocused();
  await page.keyboard.press('Space');
  await expect(catl).toBeChecked();
  await expect(find).toHaveValue('cat');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await page.keyboard.press('Space');
  await expect(catl).not.toBeChecked();

  // Back in the find box, Enter ticks the one option that matches.
  await page.keyboard.press('ArrowUp');
  await expect(find).toBeFocused();
  await find.fill('catl');
  await expect(boxes).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(catl).toBeChecked();
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await expect(panel.getByText(/^Ticked: CATL/)).toBeAttached();

  // Escape closes it and focus goes back to its button.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test("the map's keyboard focus ring shows whole on all four sides, over the map's layers", async ({ page }) => {
  await page.goto('/');
  const map = page.locator('.map-stage .leaflet-container');
  await expect(page.locator('.map-marker-count').first()).toBeAttached();
  await map.scrollIntoViewIfNeeded();
  // Focus by keyboard (Tab from the control before it), so :focus-visible applies.
  await page.getByRole('button', { name: 'Siemens China Zero Carbon Pioneer Program', exact: false }).first().focus();
  await page.keyboard.press('Tab');
  await expect(map).toBeFocused();
  const png = await map.screenshot();
  const sides = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const [w, h] = [image.naturalWidth, image.naturalHeight];
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [w, h];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, w, h).data;
    // The focus colour, #0b57d0.
    const ring = (x: number, y: number) => {
      const i = (y * w + x) * 4;
      return Math.abs(data[i]! - 0x0b) < 40 && Math.abs(data[i + 1]! - 0x57) < 40 && Math.abs(data[i + 2]! - 0xd0) < 40;
    };
    const share = (points: Array<[number, number]>) => points.filter(([x, y]) => ring(x, y)).length / points.length;
    const along = (n: number, at: (i: number) => [number, number]) => Array.from({ length: n - 20 }, (_, i) => at(i + 10));
    return {
      top: share(along(w, (x) => [x, 1])),
      bottom: share(along(w, (x) => [x, h - 2])),
      left: share(along(h, (y) => [1, y])),
      right: share(along(h, (y) => [w - 2, y])),
    };
  }, png.toString('base64'));
  for (const [side, share] of Object.entries(sides)) expect(share, side).toBeGreaterThan(0.98);
});
