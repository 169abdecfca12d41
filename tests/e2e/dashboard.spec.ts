import { expect, test } from './fixtures';

const SEED_TITLES = [
  'Schneider Electric memorandum of cooperation with two Suzhou parks',
  'Danfoss cooperation agreement with Wuxing District, Huzhou, for its zero-carbon emission initiative',
  'CECEP and CATL strategic cooperation agreement on energy storage',
  'CATL and Liaoning Fangda Group strategic cooperation agreement for a zero-carbon industrial cluster',
  'Siemens China Zero Carbon Pioneer Program',
  'Energy Chain, Zibo Municipal People\'s Government and China Quality Certification Center tripartite agreement on Zibo\'s "double carbon" goal',
];

test('the dashboard loads the bundled dataset and lists every initiative', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 6 of 6 initiatives');
  const list = page.getByRole('region', { name: 'Initiatives', exact: true });
  for (const title of SEED_TITLES) await expect(list.getByRole('button', { name: title })).toBeVisible();
  for (const name of ['Map', 'Timeline', 'Charts', 'Details']) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
});

test('a details panel opens from the keyboard and shows the sources with quotes', async ({ page }) => {
  await page.goto('/');
  const item = page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('button', { name: /Danfoss cooperation agreement/ });
  await item.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(SEED_TITLES[1]!);
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(details).toContainText('30 Nov 2020');
  await expect(details).toContainText('Wuxing District, Huzhou, Zhejiang');
  await expect(details).toContainText('Wu Bingfang');
  await expect(details.locator('blockquote').first()).toContainText('On November 30, 2020');
  await expect(page).toHaveURL(/selected=danfoss-wuxing-zero-carbon-agreement/);

  // The archived source text is served from the same origin (the reader links the plain file).
  await details.getByRole('button', { name: 'Read the archived text' }).click();
  const href = await page.getByRole('dialog').getByRole('link', { name: 'Open the plain text file' }).getAttribute('href');
  await page.keyboard.press('Escape');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('Secretary Wu also reached a');
});

test('an unknown data file is a 404, not the app page', async ({ page }) => {
  const response = await page.request.get('/data/no-such-file.json');
  expect(response.status()).toBe(404);
});
