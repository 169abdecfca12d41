import { expect, test } from './fixtures';

test('a 10,000-record synthetic dataset loads in the shell without errors, labelled synthetic', async ({ page }) => {
  await page.goto('/?dataset=synthetic/n10000-s1');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 30_000 });
  await expect(page.getByText('Synthetic test data', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /Data problems/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('button', { name: /Synthetic .* cooperation \d+ in/ }).first()).toBeVisible();
});

test.describe('a missing dataset', () => {
  test.use({ allowedConsoleErrors: [/404 \(Not Found\)/] });

  test('shows what failed and a Retry', async ({ page }) => {
    await page.goto('/?dataset=synthetic/none-such');
    await expect(page.getByRole('alert')).toContainText('/data/synthetic/none-such/manifest.json answered 404');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

test('P on a dataset with no curated deck says so and offers the tour, instead of starting a tour of 10,000 scenes', async ({ page }) => {
  await page.goto('/?dataset=synthetic/n10000-s1');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 30_000 });
  await page.keyboard.press('p');
  const dialog = page.getByRole('dialog', { name: 'Scenes' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('no-curated-deck')).toHaveText(/no presentation of its own\. Present the tour of its 10,000 initiatives/);
  await expect(page).not.toHaveURL(/present=/);
  await dialog.getByRole('button', { name: 'Present this deck' }).click();
  await expect(page).toHaveURL(/present=tour&scene=1/);
  await expect(page.getByRole('contentinfo', { name: 'Scene caption' })).toBeVisible();
  // Chosen once, the tour is what P starts from now on.
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=/);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/present=tour/);
});

test.describe('on a 1366x768 screen', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test('the details of a selected initiative get their share of the side column beside a list of 10,000, and the hint shows before one is selected', async ({ page }) => {
    await page.goto('/?dataset=synthetic/n10000-s1');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 30_000 });
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText(/Select an initiative in the list or on the map/)).toBeInViewport({ ratio: 1 });
    await page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('button', { name: /Synthetic .* cooperation \d+ in/ }).first().click();
    await expect(details.getByRole('heading', { level: 2 })).toContainText('Synthetic');
    // A long record: the panel takes up to its cap (62% of the column) and scrolls inside; the list keeps the rest.
    const column = (await page.locator('.region-side').boundingBox())!;
    const panel = (await details.boundingBox())!;
    expect(panel.height).toBeGreaterThan(column.height * 0.4);
    const list = (await page.getByRole('region', { name: 'Initiatives', exact: true }).boundingBox())!;
    expect(list.height).toBeGreaterThanOrEqual(12 * 16 - 1);
  });
});
