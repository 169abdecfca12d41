import { expect, test } from './fixtures';

test('a 10,000-record synthetic dataset loads in the shell without errors, labelled synthetic', async ({ page }) => {
  await page.goto('/?dataset=synthetic/n10000-s1');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 30_000 });
  await expect(page.getByText('Synthetic test data', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /Data problems/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('button', { name: /Synthetic .* cooperation 1 in/ }).first()).toBeVisible();
});

test.describe('a missing dataset', () => {
  test.use({ allowedConsoleErrors: [/404 \(Not Found\)/] });

  test('shows what failed and a Retry', async ({ page }) => {
    await page.goto('/?dataset=synthetic/none-such');
    await expect(page.getByRole('alert')).toContainText('/data/synthetic/none-such/manifest.json answered 404');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
