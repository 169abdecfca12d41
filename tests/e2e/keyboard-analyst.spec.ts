import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The analyst's whole task with the keyboard alone, never the mouse: find CATL's initiatives, read
 * one and its archived source, step to the next, see what happened in 2020–2021, sort the table,
 * share the view and export it for a report.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The focused element's accessible name, near enough: its label, its aria-label or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return (el.getAttribute('aria-label') || byId || label || el.textContent || '').trim();
  });

/** Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, { back = false, max = 250 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`no control named ${name} within ${max} ${back ? 'Shift+Tab' : 'Tab'} presses (last: «${await focusedName(page)}»)`);
}

const count = (page: Page) => page.locator('.app-header').getByRole('status').filter({ hasText: 'Showing' });

test('the whole analyst task, keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await page.evaluate(() => {
    (window as unknown as { pointerPresses: number }).pointerPresses = 0;
    window.addEventListener('pointerdown', () => (window as unknown as { pointerPresses: number }).pointerPresses++, true);
  });

  // The first stop skips to the results; nothing is open, so there is no skip to details yet.
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Skip to results');
  await expect(page.getByRole('link', { name: 'Skip to details' })).toHaveCount(0);

  // Find CATL's initiatives.
  await tabTo(page, /^Search$/);
  await page.keyboard.type('CATL');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');

  // Back to the skip link, and into the results.
  await tabTo(page, /^Skip to results$/, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('#list-title')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  await tabTo(page, /CATL/);
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  const heading = details.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  const first = (await heading.textContent())!;
  expect(first).toMatch(/CATL/);

  // Its archived source, every quote marked; Esc comes back to the button.
  await tabTo(page, /^Read the archived text/);
  await page.keyboard.press('Enter');
  const reader = page.getByRole('dialog');
  await expect(reader.locator('mark').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  expect(await focusedName(page)).toMatch(/^Read the archived text/);

  // The other CATL initiative, through Previous/Next.
  await tabTo(page, /Initiative in the list's order/i, { back: true });
  const name = await focusedName(page);
  await page.keyboard.press('Enter');
  await expect(heading).not.toHaveText(first);
  await expect(heading).toHaveText(/CATL/);
  expect(name).toMatch(/Previous|Next/);

  // What happened in 2020–2021: the search cleared, the dates typed in ISO form.
  await tabTo(page, /^Search$/, { back: true });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await tabTo(page, /^From$/);
  await page.keyboard.type('2020-01-01');
  await page.keyboard.press('Enter');
  await tabTo(page, /^To$/);
  await page.keyboard.type('2021-12-31');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');

  // The table, sorted by title.
  await tabTo(page, /^Title/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]sort=title\b/);

  // Share exactly this view.
  await tabTo(page, /^Copy link$/, { back: true });
  await page.keyboard.press('Enter');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(link).toMatch(/from=2020-01-01/);
  expect(link).toMatch(/to=2021-12-31/);

  // Export it for a report.
  await tabTo(page, /^CSV/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.zip$/);

  expect(await page.evaluate(() => (window as unknown as { pointerPresses: number }).pointerPresses)).toBe(0);
});
