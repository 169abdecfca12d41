import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * 中文 and English: a Chinese-speaking official can follow the dashboard and the curated
 * presentation without reading a word of English. English text may appear only where it is marked
 * as being in another language (lang="en": an original, an untranslated fallback) or is a name.
 */

const curated = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Array<{ people: Array<{ name: string }> }> };
/** People's names stay as the sources romanise them; abbreviations and formats read the same in Chinese. */
const ALLOWED = new Set([
  ...curated.initiatives.flatMap((i) => i.people.flatMap((p) => p.name.split(/[^A-Za-z]+/))),
  ...'CATL CECEP CICPMC CQC ESG CSV PNG JSON SVG PDF URL ID EN KB kB MB Esc Enter Shift Tab Home End PageUp PageDown OpenStreetMap OSM Leaflet CARTO Natural Earth GeoNames GB ISO WGS Noto Sans SC PowerPoint AM PM'.split(' '),
]);

/** Visible Latin words in `root` (text and the names screen readers hear) not marked as another language. */
async function englishWords(root: Locator): Promise<string[]> {
  const words = await root.evaluate((node, allowed) => {
    const found: string[] = [];
    const inChinese = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? 'en').startsWith('zh');
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true;
    const add = (text: string | null) => {
      for (const word of text?.match(/[A-Za-z]{2,}/g) ?? []) if (!allowed.includes(word)) found.push(word);
    };
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || parent.closest('script, style, svg title, .leaflet-attribution-flag') || !visible(parent) || !inChinese(parent)) continue;
      add(text.textContent);
    }
    for (const el of [node as Element, ...(node as Element).querySelectorAll('[aria-label], [title], [placeholder], [alt]')]) {
      if (!visible(el) || !inChinese(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) add(el.getAttribute(name));
    }
    return found;
  }, [...ALLOWED]);
  return [...new Set(words)];
}

/** Elements whose text does not fit their box (cut off or spilling out). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, h1, h2, h3, label, th, .chip, [role="tab"], .present-caption, .present-scene-title')) {
      if (!el.checkVisibility() || el.closest('.leaflet-pane')) continue;
      if (el.scrollWidth > el.clientWidth + 2 || el.scrollHeight > el.clientHeight + 2) {
        const style = getComputedStyle(el);
        // Boxes that scroll on purpose are fine; text cut by overflow hidden or spilling out is not.
        if (style.overflowX === 'auto' || style.overflowY === 'auto' || style.overflowX === 'scroll') continue;
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`page scrolls sideways (${document.documentElement.scrollWidth}px)`);
    return out;
  });
}

async function openInChinese(page: Page, path = '/?lang=zh') {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.app-header .count')).toContainText('项');
  // The panels are lazy chunks: wait until each has drawn.
  await expect(page.locator('.region-map .leaflet-container')).toBeVisible();
  await expect(page.locator('.region-charts .recharts-wrapper').first()).toBeVisible();
  await expect(page.locator('.region-timeline canvas, .region-timeline svg').first()).toBeVisible();
}

test('a link with lang=zh opens the whole dashboard in Chinese, with no English interface words', async ({ page }) => {
  await openInChinese(page);
  await expect(page.locator('.app-header h1')).toHaveText(/[\u4e00-\u9fff]/);
  for (const region of ['header.app-header', 'nav.filter-bar', '.region-map', '.region-timeline', '.region-side', '.region-charts']) {
    expect(await englishWords(page.locator(region)), region).toEqual([]);
  }
  // An initiative's details: Chinese title (marked as a translation), Chinese organisation names.
  await page.goto('/?lang=zh&selected=catl-cecep-strategic-cooperation');
  const details = page.locator('.region-side');
  await expect(details).toContainText('宁德时代');
  expect(await englishWords(details)).toEqual([]);
});

test('the 中文 / EN switch changes the language in place, goes into the address, and is remembered', async ({ page }) => {
  await page.goto('/?sector=energy-storage');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.app-header .count')).toContainText('Showing');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.app-header .count')).toContainText('项');
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
  await expect(page).toHaveURL(/[?&]sector=energy-storage(&|$)/);
  // Remembered in this browser: a link without lang opens in Chinese here.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('.app-header .count')).toContainText('Showing');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
});

test('Back and Forward keep the language', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // A selection is a history entry of its own; the language switch rewrites the entry it is on.
  await page.locator('.initiative-list .initiative-item').first().click();
  await expect(page).toHaveURL(/selected=/);
  await page.getByRole('group', { name: '语言' }).first().getByRole('button', { name: 'EN' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await page.goBack();
  await expect(page).not.toHaveURL(/selected=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('.app-header .count')).toContainText('Showing');
  await page.goForward();
  await expect(page).toHaveURL(/selected=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the Chinese font comes from this origin, and only when Chinese is shown', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(request.url());
  });
  await openInChinese(page);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Noto Sans SC Subset') && f.status === 'loaded').length);
  expect(loaded).toBeGreaterThan(5);
  expect(fonts.length).toBeGreaterThan(5);
  expect(fonts.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
});

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`in Chinese nothing overflows or is cut at ${width}x${height}: dashboard, a scene, the tour`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openInChinese(page);
    expect(await overflowing(page)).toEqual([]);
    await page.goto('/?lang=zh&present=curated&scene=3');
    const caption = page.locator('.present-caption');
    await expect(caption).toHaveText(/[\u4e00-\u9fff]/);
    expect(await englishWords(page.locator('body'))).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    const box = await page.locator('.caption-bar, .present-bar, [role="contentinfo"]').first().boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(height + 1);
    // The tour's CECEP card quotes a Russian source: its Chinese translation and the original fit.
    // Each tour scene opened by its link, until the card of the CECEP agreement.
    const card = page.locator('.present-card');
    for (let n = 1; n <= 8; n += 1) {
      await page.goto(`/?lang=zh&present=tour&scene=${n}`);
      await expect(page.locator('.present-counter')).toContainText(String(n));
      if ((await card.count()) > 0 && /中国节能/.test((await card.locator('h2, h1, #present-card-title').first().textContent()) ?? '')) break;
    }
    await expect(card).toContainText('中国节能');
    for (const quote of await card.locator('blockquote, .present-card-quote, [lang="ru"]').all()) {
      const q = await quote.boundingBox();
      if (q) expect(q.y + q.height, 'quote inside the screen').toBeLessThanOrEqual(height + 1);
    }
    expect(await overflowing(page)).toEqual([]);
  });
}

test('switching language in the middle of a presentation keeps the scene, filters and selection', async ({ page }) => {
  await page.goto('/?present=curated&scene=3');
  await expect(page.locator('.present-counter')).toContainText('3');
  const before = new URL(page.url()).searchParams;
  await page.getByRole('group', { name: 'Presentation controls' }).getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.present-caption')).toHaveText(/[\u4e00-\u9fff]/);
  const after = new URL(page.url()).searchParams;
  for (const name of ['present', 'scene', 'partner', 'selected']) expect(after.get(name), name).toBe(before.get(name));
  expect(await englishWords(page.locator('body'))).toEqual([]);
});

test('the presenter view reads Chinese and follows a switch on the main screen', async ({ page, context }) => {
  await page.goto('/?lang=zh&present=curated&scene=2');
  const presenter = await context.newPage();
  await presenter.goto('/?presenter=1&lang=zh');
  const console = presenter.locator('.presenter-console');
  await expect(console).toContainText(/场景/);
  expect(await englishWords(console)).toEqual([]);
});

/** The fonts Chromium drew an element's text with (DevTools protocol: CSS.getPlatformFontsForNode). */
async function fontsDrawing(page: Page, selector: string): Promise<Array<{ familyName: string; isCustomFont: boolean }>> {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

test('Chinese is drawn in the bundled font even in English (the 中文 button) and in Chinese (the title)', async ({ page }) => {
  // This machine has no Chinese system font: a glyph not from the bundled (web) font would be a box.
  const onlyBundled = async (selector: string) => (await fontsDrawing(page, selector)).every((font) => font.isCustomFont);
  await page.goto('/?lang=en');
  await expect(page.locator('.app-header .count')).toContainText('Showing');
  await expect.poll(() => onlyBundled('.language-switch button[lang="zh-CN"]')).toBe(true);
  await page.goto('/?lang=zh');
  await expect(page.locator('.app-header .count')).toContainText('项');
  await expect.poll(() => onlyBundled('.app-header h1')).toBe(true);
});
