import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { FuzzyDate } from '../../src/data/schema';
import { dateInterval } from '../../src/model/fuzzy-date';
import { expect, test } from './fixtures';

interface RawInitiative {
  id: string;
  title: string;
  date: FuzzyDate;
}
const curated = (JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: RawInitiative[] }).initiatives;

/** The curated titles newest first, undated last; ties (and the undated) in the file's order. */
function byDateNewestFirst(): string[] {
  const start = (i: RawInitiative) => dateInterval(i.date)?.start ?? null;
  return curated
    .map((initiative, at) => ({ initiative, at, day: start(initiative) }))
    .sort((a, b) => (a.day === b.day ? a.at - b.at : a.day === null ? 1 : b.day === null ? -1 : b.day - a.day))
    .map((x) => x.initiative.title);
}
const byTitle = () => curated.map((i) => i.title).sort(new Intl.Collator('en').compare);

const tableRegion = (page: Page) => page.getByRole('region', { name: 'Table', exact: true });
const grid = (page: Page) => tableRegion(page).getByRole('grid');
const bodyRows = (page: Page) => grid(page).locator('tbody tr');
const titleCells = (page: Page) => grid(page).locator('tbody tr .table-cell-title [lang]');
const header = (page: Page, name: string) => grid(page).getByRole('columnheader', { name: new RegExp(`^${name}`) });
const listTitles = (page: Page) => page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('list').locator('.item-title [lang]');
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

async function open(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.locator('.region-table tbody tr').first()).toBeVisible({ timeout: 30_000 });
  await page.locator('.region-table').scrollIntoViewIfNeeded();
}

/** Whether a row lies wholly inside the table's scroll box, below its sticky header (the page itself may be scrolled elsewhere). */
async function inBox(row: Locator): Promise<boolean> {
  return row.evaluate((tr) => {
    const box = tr.closest('.table-scroll')!.getBoundingClientRect();
    const head = tr.closest('table')!.querySelector('thead')!.getBoundingClientRect().height;
    const r = tr.getBoundingClientRect();
    return r.top >= box.top + head - 1 && r.bottom <= box.bottom + 1;
  });
}

async function firstRowInView(box: Locator): Promise<string | null> {
  return box.evaluate((el) => {
    const top = el.getBoundingClientRect().top + (el.querySelector('thead')?.getBoundingClientRect().height ?? 0);
    const rows = [...el.querySelectorAll<HTMLElement>('tbody tr')].filter((r) => r.getBoundingClientRect().bottom > top + 1);
    rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    return rows[0]?.getAttribute('aria-rowindex') ?? null;
  });
}

test('the table sorts by title and by date in the order the data gives, and the list follows', async ({ page }) => {
  await open(page);
  await expect(tableRegion(page).getByText('6 initiatives, sorted by date, newest first')).toBeVisible();
  await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'descending');
  await expect(titleCells(page)).toHaveText(byDateNewestFirst());

  await header(page, 'Title').getByRole('button').click();
  await expect(header(page, 'Title')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'none');
  await expect(titleCells(page)).toHaveText(byTitle());
  await expect(listTitles(page)).toHaveText(byTitle());
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect(tableRegion(page).getByText('sorted by title, A to Z')).toBeVisible();

  await header(page, 'Title').getByRole('button').click();
  await expect(header(page, 'Title')).toHaveAttribute('aria-sort', 'descending');
  await expect(titleCells(page)).toHaveText([...byTitle()].reverse());
  await expect(page).toHaveURL(/[?&]sort=-title(&|$)/);

  await header(page, 'Date').getByRole('button').click();
  await expect(titleCells(page)).toHaveText(byDateNewestFirst());
  await expect(listTitles(page)).toHaveText(byDateNewestFirst());
  await expect(page).not.toHaveURL(/sort=/);
});

test('a row selects its initiative as the list does, and again deselects it', async ({ page }) => {
  await open(page);
  const row = bodyRows(page).nth(2);
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(byDateNewestFirst()[2]!);
  await expect(page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('button', { name: byDateNewestFirst()[2]! })).toHaveAttribute('aria-pressed', 'true');
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'false');
  await expect(page).not.toHaveURL(/selected=/);
});

test('the table works with the keyboard alone', async ({ page }) => {
  await open(page);
  const first = bodyRows(page).first();
  // Tab from the last column's width handle reaches the rows (one tab stop), then the arrows move.
  await grid(page).getByRole('separator').last().focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(bodyRows(page).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(byDateNewestFirst()[1]!);
  await expect(bodyRows(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  // Selecting moves focus to the details heading; back in the table the arrows keep going.
  await bodyRows(page).nth(1).focus();
  await page.keyboard.press('End');
  await expect(bodyRows(page).last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press(' ');
  await expect(first).toHaveAttribute('aria-selected', 'true');

  // A header sorts from the keyboard too.
  await header(page, 'Title').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(titleCells(page)).toHaveText(byTitle());
});

test('columns hide, show and resize, and stay so after a reload', async ({ page }) => {
  await open(page);
  const menu = tableRegion(page).getByRole('button', { name: 'Columns' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await tableRegion(page).getByRole('checkbox', { name: 'Partners' }).uncheck();
  await expect(header(page, 'Partners')).toHaveCount(0);
  await expect(grid(page).getByRole('columnheader')).toHaveCount(6);
  await expect(tableRegion(page).getByRole('checkbox', { name: /Title/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  const handle = grid(page).getByRole('separator', { name: 'Width of the Title column' });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 32));
  const width = await header(page, 'Title').evaluate((th) => th.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(before + 32);

  await page.reload();
  await expect(bodyRows(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(header(page, 'Partners')).toHaveCount(0);
  await expect(grid(page).getByRole('separator', { name: 'Width of the Title column' })).toHaveAttribute('aria-valuenow', String(before + 32));
  // Not in the shared link.
  expect(page.url()).not.toMatch(/partners|width|columns/i);

  await tableRegion(page).getByRole('button', { name: 'Columns' }).click();
  await tableRegion(page).getByRole('checkbox', { name: 'Partners' }).check();
  await expect(header(page, 'Partners')).toHaveCount(1);
});

test('the table in Chinese: column names, dates and the summary line', async ({ page }) => {
  await open(page, '?lang=zh');
  const region = page.getByRole('region', { name: '表格', exact: true });
  await expect(region.getByText('共 6 项举措，按日期（最新在前）排序')).toBeVisible();
  for (const name of ['名称', '日期', '状态', '合作形式', '地点', '合作方', '领域']) await expect(region.getByRole('columnheader', { name: new RegExp(`^${name}`) })).toHaveCount(1);
  await expect(region.locator('tbody tr').first()).toContainText('2025年2月25日');
  await expect(region.locator('tbody tr').last()).toContainText('日期不详');
});

test('at 10,000 initiatives only the rows in view are in the DOM, the end scrolls into view, and a selection elsewhere is brought into view', async ({ page }) => {
  await open(page, '?dataset=synthetic/n10000-s1');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '10001');
  const inDom = await bodyRows(page).count();
  expect(inDom).toBeGreaterThan(5);
  expect(inDom).toBeLessThan(60);

  const box = tableRegion(page).locator('.table-scroll');
  await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = grid(page).locator('tbody tr[aria-rowindex="10001"]');
  await expect(last).toBeInViewport();
  expect(await bodyRows(page).count()).toBeLessThan(60);

  // From the keyboard: Home goes back to the first row, End to the last, and the row stays rendered.
  await last.focus();
  await page.keyboard.press('Home');
  await expect(grid(page).locator('tbody tr[aria-rowindex="2"]')).toBeFocused();
  await page.keyboard.press('PageDown');
  const paged = Number(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')));
  expect(paged).toBeGreaterThan(5);
  await page.keyboard.press('End');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();

  // Choosing the 80th item in the list scrolls the table to that row.
  await box.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect.poll(() => firstRowInView(box)).toBe('2');
  const item = page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('list').getByRole('button').nth(79);
  await item.click();
  const row = grid(page).locator('tbody tr[aria-rowindex="81"]');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => inBox(row)).toBe(true);
  // Already in view: choosing the row above it does not scroll the table.
  const top = await box.evaluate((el) => el.scrollTop);
  await page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('list').getByRole('button').nth(78).click();
  await expect(grid(page).locator('tbody tr[aria-rowindex="80"]')).toHaveAttribute('aria-selected', 'true');
  expect(await box.evaluate((el) => el.scrollTop)).toBe(top);
});

test('axe finds no serious or critical problem in the table', async ({ page }) => {
  await open(page);
  await bodyRows(page).nth(1).click();
  await tableRegion(page).getByRole('button', { name: 'Columns' }).click();
  const results = await new AxeBuilder({ page }).include('.region-table').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
