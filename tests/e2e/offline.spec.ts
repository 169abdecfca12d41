import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { OFFLINE_COPY } from './global-setup';

/**
 * The offline copy (docs/OFFLINE.md), opened as a presenter would from a USB stick: a file:// page
 * with every request refused. The global setup fills it in from the template of the build under test.
 */

const count = (page: Page) => page.getByRole('status').filter({ hasText: /Showing|显示/ });

interface OfflinePage {
  page: Page;
  context: BrowserContext;
  /** Every request the page made or tried, but data: and blob: URLs (no request leaves the browser for them). */
  requests: string[];
  errors: string[];
}

/** Opens `file` from file:// in a context of its own (its own storage) that lets nothing through but file:, data: and blob:. */
async function openOffline(browser: Browser, file: string, query = ''): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    if (!/^(data|blob):/.test(request.url())) requests.push(request.url());
  });
  await context.route('**/*', (route) => (/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort('internetdisconnected')));
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href + query);
  return { page, context, requests, errors };
}

/** No request but the file itself (and its own address with another query: the presenter window), no console error. */
async function expectNothingFetched({ context, requests, errors }: OfflinePage, file: string) {
  const url = pathToFileURL(file).href;
  expect(requests.filter((r) => r.split('?')[0] !== url), 'requests other than the file itself').toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(errors, 'console errors').toEqual([]);
  await context.close();
}

const bar = (page: Page, name: string) => page.getByRole('contentinfo', { name });

test.describe('the offline copy from npm run build:offline', () => {
  test.beforeAll(() => {
    expect(existsSync(OFFLINE_COPY), `${OFFLINE_COPY}: made by the e2e global setup from <build>/offline/template.html`).toBe(true);
  });

  test('opens from file:// with every request refused, speaks Chinese and presents the curated deck to the end', async ({ browser }) => {
    const size = statSync(OFFLINE_COPY).size;
    expect(size).toBeGreaterThan(1_000_000);
    const offline = await openOffline(browser, OFFLINE_COPY);
    const { page } = offline;
    await expect(count(page)).toHaveText('Showing 6 of 6 initiatives', { timeout: 30_000 });
    // The map draws on the basemap the file carries (no tile server, no /data/ request).
    await expect(page.locator('.region-map .leaflet-container path').first()).toBeAttached();
    await expect(page.getByRole('button', { name: 'Download offline copy' })).toHaveCount(0);

    await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
    await expect(count(page)).toHaveText('显示 6 项，共 6 项举措');
    await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // The bundled Chinese font draws it: a face inlined in the file (data:), never fetched.
    expect(await page.evaluate(async () => (await document.fonts.load("16px 'Noto Sans SC Subset'", '中文')).length)).toBeGreaterThan(0);

    const deck = JSON.parse(readFileSync('data/deck.json', 'utf8')) as { scenes: Array<{ title: string; translations?: { zh?: { title?: string } } }> };
    const zhBar = bar(page, '场景说明');
    await page.keyboard.press('p');
    for (let n = 1; n <= deck.scenes.length; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expect(zhBar.locator('.present-counter')).toContainText(`第${n}个场景，共${deck.scenes.length}个`);
      await expect(zhBar.locator('.present-scene-title')).toHaveText(deck.scenes[n - 1]!.translations?.zh?.title ?? deck.scenes[n - 1]!.title);
      await expect(page).toHaveURL(new RegExp(`[?&]scene=${n}(&|$)`));
    }
    // The last scene stays the last.
    await page.keyboard.press('ArrowRight');
    await expect(zhBar.locator('.present-counter')).toContainText(`第${deck.scenes.length}个场景`);
    await page.keyboard.press('Escape');
    await expect(zhBar).toBeHidden();
    await expect(page).not.toHaveURL(/present=|scene=/);
    await expect(count(page)).toHaveText('显示 6 项，共 6 项举措');
    await expectNothingFetched(offline, OFFLINE_COPY);
  });

  test('the presenter view opens from file:// and steps the main screen over BroadcastChannel', async ({ browser }) => {
    const offline = await openOffline(browser, OFFLINE_COPY);
    const { page, context } = offline;
    await expect(count(page)).toHaveText('Showing 6 of 6 initiatives', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Scenes', exact: true }).first().click();
    const panel = page.getByRole('dialog', { name: 'Scenes' });
    const [presenter] = await Promise.all([context.waitForEvent('page'), panel.getByRole('button', { name: 'Open presenter view' }).click()]);
    await presenter.waitForLoadState();
    expect(presenter.url()).toMatch(/^file:\/\/.*[?&]presenter=1/);
    const console = presenter.getByRole('region', { name: 'Presenter view' });
    await expect(console.getByRole('status')).toContainText('Scene 1 of 10', { timeout: 30_000 });
    await panel.getByRole('button', { name: 'Close' }).click();

    await page.keyboard.press('p');
    await page.keyboard.press('ArrowRight');
    await expect(bar(page, 'Scene caption').locator('.present-counter')).toContainText('Scene 2 of 10');
    await expect(console.getByRole('status')).toContainText('Scene 2 of 10 · Presenting.');
    await console.getByRole('button', { name: 'Next ›' }).click();
    await expect(bar(page, 'Scene caption').locator('.present-counter')).toContainText('Scene 3 of 10');
    await page.keyboard.press('Escape');
    await expectNothingFetched(offline, OFFLINE_COPY);
  });

  test('makes the PDF handout from file://, in Chinese, with its Chinese font carried in the copy', async ({ browser }) => {
    test.setTimeout(240_000);
    const offline = await openOffline(browser, OFFLINE_COPY, '?lang=zh');
    const { page } = offline;
    await expect(count(page)).toHaveText(/显示/, { timeout: 30_000 });
    await page.getByRole('button', { name: '场景', exact: true }).first().click();
    const region = page.getByRole('dialog').getByRole('region', { name: '讲义和幻灯片' });
    const downloading = page.waitForEvent('download', { timeout: 200_000 });
    await region.getByRole('button', { name: 'PDF讲义', exact: true }).click();
    const pdf = readFileSync((await (await downloading).path())!);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    // One page per scene, and an embedded TrueType font (the CJK cut) for the Chinese text.
    expect(text.match(/\/Type \/Page\b(?!s)/g)?.length).toBe(10);
    expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
    await expectNothingFetched(offline, OFFLINE_COPY);
  });
});

test('the header downloads an offline copy of the dataset in use, with my own scenes, that opens from file://', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/?dataset=synthetic/n10000-s1');
  await expect(count(page)).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 30_000 });
  // A scene of my own, in this browser's storage for this dataset.
  await page.getByRole('button', { name: 'Scenes', exact: true }).first().click();
  const panel = page.getByRole('dialog', { name: 'Scenes' });
  await panel.getByRole('radio', { name: /My scenes/ }).check();
  await panel.getByRole('textbox', { name: 'Name of the new scene' }).fill('Carried along');
  await panel.getByRole('button', { name: 'Add current view as a scene' }).click();
  await panel.getByRole('button', { name: 'Close' }).click();

  const button = page.getByRole('button', { name: 'Download offline copy' });
  await button.focus();
  await expect(button).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^carbon-initiatives-offline-\d{4}-\d{2}-\d{2}\.html$/);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(/Saved carbon-initiatives-offline-.*\.html \(\d+(\.\d)? MB\)/);
  const file = resolve(testInfo.outputPath('offline-copy.html'));
  await download.saveAs(file);

  // Another address on the stick: the copy opens its own dataset whatever the query says.
  const offline = await openOffline(browser, file, '?dataset=none-such');
  const copy = offline.page;
  await expect(count(copy)).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 60_000 });
  await expect(copy.getByRole('heading', { level: 1 })).toHaveText('Synthetic test data: 10,000 initiatives (seed 1)');
  await copy.getByRole('button', { name: 'Scenes', exact: true }).first().click();
  const copyPanel = copy.getByRole('dialog', { name: 'Scenes' });
  await copyPanel.getByRole('radio', { name: /My scenes/ }).check();
  await expect(copyPanel.locator('.scene-item .scene-title')).toHaveText(['Carried along']);
  await expectNothingFetched(offline, file);
});

test('without a template (the development server) the button says so instead of failing', async ({ page }) => {
  await page.route('**/offline/template.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><head></head><body><div id="root"></div></body></html>' }));
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const downloads: unknown[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Download offline copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'offline template' })).toContainText('cannot make an offline copy: it has no offline template');
  expect(downloads).toEqual([]);
});
