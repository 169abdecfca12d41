import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The analyst's reading path: the list in an order of their choosing (newest first by default),
 * Previous/Next through it in the details, a link that copies the view, a link to one initiative.
 */

interface Row {
  id: string;
  title: string;
  date: { value: string | null };
}
const initiatives = (JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Row[] }).initiatives;
const byTitle = [...initiatives].sort((a, b) => new Intl.Collator('en').compare(a.title, b.title));
/** Newest first by the first day of each date, the undated last (ties in file order). */
const newestFirst = [...initiatives].sort((a, b) => {
  if (a.date.value === null || b.date.value === null) return (a.date.value === null ? 1 : 0) - (b.date.value === null ? 1 : 0);
  return b.date.value.localeCompare(a.date.value);
});

const listTitles = (page: Page) => page.locator('.initiative-list .item-title > span[lang]').allTextContents();

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the list is newest first, sorts by title on request, and the order goes into the link', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.initiative-list li')).toHaveCount(initiatives.length);
  expect(await listTitles(page)).toEqual(newestFirst.map((r) => r.title));
  await page.getByLabel('Sort', { exact: true }).selectOption({ label: 'Title, A to Z' });
  await expect.poll(() => listTitles(page)).toEqual(byTitle.map((r) => r.title));
  await expect(page).toHaveURL(/[?&]sort=title\b/);
  // Back returns to newest first.
  await page.goBack();
  await expect.poll(() => listTitles(page)).toEqual(newestFirst.map((r) => r.title));
});

test('Previous and Next step through the list\'s order, and the list stays in reach', async ({ page }) => {
  await page.goto(`/?sort=title&selected=${byTitle[0]!.id}`);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(byTitle[0]!.title);
  await expect(details.getByText(`1 of ${initiatives.length}`)).toBeVisible();
  await expect(details.getByRole('button', { name: /Previous initiative/ })).toBeDisabled();
  for (let i = 1; i < byTitle.length; i++) {
    await details.getByRole('button', { name: /Next initiative/ }).click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(byTitle[i]!.title);
    await expect(page).toHaveURL(new RegExp(`selected=${byTitle[i]!.id}`));
  }
  await expect(details.getByRole('button', { name: /Next initiative/ })).toBeDisabled();
  await details.getByRole('button', { name: /Previous initiative/ }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(byTitle.at(-2)!.title);
  // However long the record, the list is still on screen beside it.
  await expect(page.getByRole('heading', { name: 'Initiatives', exact: true, level: 2 })).toBeInViewport();
});

test('Copy link puts the view\'s address on the clipboard and says so; the initiative\'s own link names it alone', async ({ page, baseURL }) => {
  await page.goto(`/?q=CATL&sort=title&selected=${byTitle[0]!.id}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The link to this view is on the clipboard' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByRole('button', { name: 'Link to this initiative' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link to this initiative copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL('/', baseURL).href}?selected=${byTitle[0]!.id}`);
});

test('"Show more" keeps the reader\'s place: the first item it adds takes the focus', async ({ page }) => {
  await page.goto('/?dataset=synthetic/n10000-s1');
  const items = page.locator('.initiative-list .initiative-item');
  await expect(items).toHaveCount(100, { timeout: 30_000 });
  const hundredth = await items.nth(99).textContent();
  await page.getByRole('button', { name: /^Show more/ }).click();
  await expect(items).toHaveCount(600);
  await expect(items.nth(100)).toBeFocused();
  expect(await items.nth(99).textContent()).toBe(hundredth);
});
