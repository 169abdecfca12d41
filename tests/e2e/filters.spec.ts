import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' });
const listItems = (page: Page) => page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('listitem');
const chips = (page: Page) => page.getByRole('list', { name: 'Active filters' });

/** Opens a filter's checkbox list, ticks one option, and closes the list with Escape. */
async function pick(page: Page, filter: string, option: string) {
  await page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: new RegExp(`^${filter}( \\(\\d+\\))?$`) }).click();
  await page.getByRole('group', { name: `${filter} filter` }).getByRole('checkbox', { name: option }).check();
  await page.keyboard.press('Escape');
}

test('each kind of filter, set by clicking and typing, narrows the count and the list alike', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');

  const steps: Array<[string, string, number]> = [
    ['Sector', 'Energy storage 2', 2],
    ['Partner', 'CATL 2', 2],
    ['Partner kind', 'State-owned enterprise 1', 1],
  ];
  for (const [picker, option, expected] of steps) {
    await pick(page, picker, option);
    await expect(count(page)).toHaveText(`Showing ${expected} of 6 initiatives`);
    await expect(listItems(page)).toHaveCount(expected);
  }
  await expect(chips(page).getByText('Partner kind: State-owned enterprise')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');

  await pick(page, 'Place', 'Jiangsu (province) 1');
  await expect(listItems(page)).toHaveText([/Schneider Electric memorandum/]);
  await page.getByRole('button', { name: /Remove filter Place/ }).click();

  await pick(page, 'Status', 'Agreed 1');
  await expect(listItems(page)).toHaveText([/Danfoss cooperation agreement/]);
  await page.getByRole('button', { name: /Remove filter Status/ }).click();

  await pick(page, 'Instrument', 'Programme launch 1');
  await expect(listItems(page)).toHaveText([/Siemens China Zero Carbon Pioneer Program/]);
  await page.getByRole('button', { name: /Remove filter Instrument/ }).click();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
});

test('adding the first filter and clearing the last do not move the dashboard below the filter bar', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  const top = async () => (await main.boundingBox())!.y;
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const before = await top();
  await pick(page, 'Sector', 'Energy storage 2');
  await expect(chips(page)).toBeVisible();
  expect(await top()).toBe(before);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(chips(page)).toHaveCount(0);
  expect(await top()).toBe(before);
});

test('search matches names, aliases, places in Chinese and people, ignoring case', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search' });
  const cases: Array<[string, RegExp]> = [
    ['cecep', /CECEP and CATL/],
    ['China Energy Conservation and Environmental', /CECEP and CATL/],
    ['湖州', /Danfoss cooperation agreement/],
    ['prafull sharma', /Schneider Electric memorandum/],
    ['NINGDE', /CECEP and CATL/],
  ];
  for (const [text, expected] of cases) {
    await search.fill(text);
    await expect(count(page)).toHaveText('Showing 1 of 6 initiatives');
    await expect(listItems(page)).toHaveText([expected]);
  }
  await search.fill('');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
});

test('the URL reproduces the view in a new page, and Back/Forward step through changes', async ({ page, context }) => {
  await page.goto('/');
  await pick(page, 'Sector', 'Digitalisation 3');
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  await pick(page, 'Partner kind', 'Multinational company 2');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('button', { name: /Siemens China/ }).click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Siemens China Zero Carbon Pioneer Program');
  const url = page.url();
  expect(url).toContain('sector=digitalisation');
  expect(url).toContain('kind=multinational-company');
  expect(url).toContain('selected=siemens-china-zero-carbon-pioneer-program');

  const second = await context.newPage();
  await second.goto(url);
  await expect(count(second)).toHaveText('Showing 2 of 6 initiatives');
  await expect(chips(second)).toContainText('Sector: Digitalisation');
  await expect(chips(second)).toContainText('Partner kind: Multinational company');
  await expect(second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Siemens China Zero Carbon Pioneer Program');
  await second.close();

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Details');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await page.goBack();
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  await page.goBack();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await page.goForward();
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
});

test('a bad link value is dropped with a quiet notice and the rest still applies', async ({ page }) => {
  await page.goto('/?sector=energy-storage,no-such-sector&status=flying&partner=catl&from=2021-02-30');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  const notice = page.getByRole('status').filter({ hasText: 'Some link settings were ignored' });
  await expect(notice).toContainText('status=flying');
  await expect(notice).toContainText('no sector "no-such-sector"');
  await expect(notice).toContainText('from=2021-02-30');
  await expect(page).toHaveURL(/sector=energy-storage&/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
