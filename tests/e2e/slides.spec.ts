import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scrollingBoxes, visibleTexts } from './slide-text';

/**
 * Slides on a meeting-room projector: every text the audience sees on every scene of the curated
 * deck and of the tour is at least 18px at 1366x768 and 24px at 1920x1080, none is cut off at a
 * panel's edge, and nothing needs scrolling (a clicker cannot scroll). Portrait tablets get a
 * layout of their own.
 */

/** The caption bar, in either language. */
const bar = (page: Page) => page.locator('footer.present-bar');

/** The synthetic datasets draw on every curated sector, and every one is in use at 10,000 initiatives. */
const SECTORS_IN_USE = (JSON.parse(readFileSync('data/sectors.json', 'utf8')) as { sectors: unknown[] }).sectors.length;

const width = (page: Page) => page.viewportSize()!.width;
/** The slide's smallest text size for the screen: 18px, or 2.4% of the height (of the width when upright). */
const rootMinimum = (page: Page) => Math.max(18, 0.024 * Math.min(page.viewportSize()!.height, page.viewportSize()!.width)) - 0.05;

/** Scene `n` of `deck` on screen and still: panels drawn, the map's flight over, the controls faded (the audience's view). */
async function showScene(page: Page, deck: string, n: number, lang = 'en', more = ''): Promise<void> {
  await page.goto(`/?present=${deck}&scene=${n}&lang=${lang}${more}`);
  await expect(bar(page).locator('.present-counter')).toContainText(`${n}`, { timeout: 60_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const map = page.locator('.region-map .leaflet-container');
  if (await map.isVisible()) await expect.poll(async () => (await map.getAttribute('data-moving')) !== 'true', { intervals: [250] }).toBe(true);
  // The presenter's controls, over the slide while the mouse moves, are at the slide's sizes too.
  await page.mouse.move(width(page) / 2, 10);
  await expect(bar(page)).not.toHaveClass(/idle/);
  const controls = await bar(page).locator('.present-controls button').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(Math.min(...controls)).toBeGreaterThanOrEqual(rootMinimum(page));
  // They fade after three seconds without the mouse moving, unless one has focus: then the room sees the slide alone.
  await expect(bar(page)).toHaveClass(/idle/, { timeout: 8000 });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(bar(page).locator('.present-controls')).toHaveCSS('opacity', '0');
}

/** The next scene, stepped to with the presenter's key as in the room (the controls stay faded: only the mouse wakes them), on screen and still. */
async function stepToScene(page: Page, n: number): Promise<void> {
  await page.keyboard.press('ArrowRight');
  await expect(bar(page).locator('.present-counter')).toContainText(`${n}`, { timeout: 30_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const map = page.locator('.region-map .leaflet-container');
  if (await map.isVisible()) await expect.poll(async () => (await map.getAttribute('data-moving')) !== 'true', { intervals: [250] }).toBe(true);
  await expect(bar(page)).toHaveClass(/idle/);
  await expect(bar(page).locator('.present-controls')).toHaveCSS('opacity', '0');
  // The charts redraw one after another after a step: wait until the slide's texts stop changing.
  let last = '';
  await expect
    .poll(async () => {
      const now = (await visibleTexts(page)).map((t) => `${t.text}@${t.px}`).join('|');
      const still = now === last;
      last = now;
      return still;
    }, { intervals: [400], timeout: 20_000 })
    .toBe(true);
}

/** What is wrong with the slide on screen, each line labelled `label`: text under `min` px, text cut off, a box that scrolls. */
async function slideProblems(page: Page, label: string, min: number): Promise<{ problems: string[]; measured: number }> {
  const texts = await visibleTexts(page);
  const problems: string[] = [];
  for (const t of texts) {
    if (t.px < min - 0.05) problems.push(`${label}: ${t.px}px «${t.text}» (${t.where})`);
    if (t.clipped) problems.push(`${label}: cut off «${t.text}» (${t.where})`);
  }
  for (const box of await scrollingBoxes(page)) problems.push(`${label}: ${box} scrolls`);
  return { problems, measured: texts.length };
}

async function sceneCount(page: Page, deck: string): Promise<number> {
  await page.goto(`/?present=${deck}&scene=1`);
  const text = await bar(page).locator('.present-counter .visually-hidden').textContent();
  return Number(/of (\d+)/.exec(text ?? '')?.[1] ?? 0);
}

for (const [width, height, min] of [
  [1366, 768, 18],
  [1920, 1080, 24],
] as const) {
  test(`every text on every slide is at least ${min}px, none cut off, none scrolled, at ${width}x${height}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    const problems: string[] = [];
    let measured = 0;
    for (const deck of ['curated', 'tour']) {
      const scenes = await sceneCount(page, deck);
      expect(scenes).toBeGreaterThan(5);
      for (let n = 1; n <= scenes; n++) {
        if (n === 1) await showScene(page, deck, n);
        else await stepToScene(page, n);
        const slide = await slideProblems(page, `${deck} ${n}`, min);
        expect(slide.measured, `${deck} ${n}`).toBeGreaterThan(10);
        measured += slide.measured;
        problems.push(...slide.problems);
      }
    }
    test.info().annotations.push({ type: 'texts measured', description: String(measured) });
    expect(problems).toEqual([]);
  });
}

test('in Chinese too, every text on the curated slides is at least 18px at 1366x768', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const problems: string[] = [];
  for (let n = 1; n <= 10; n++) {
    if (n === 1) await showScene(page, 'curated', n, 'zh');
    else await stepToScene(page, n);
    problems.push(...(await slideProblems(page, String(n), 18)).problems);
  }
  expect(problems).toEqual([]);
});

test('with 10,000 synthetic initiatives the tour\'s slides keep the same sizes, cut nothing off and scroll nowhere', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const problems: string[] = [];
  for (const n of [1, 2, 5000]) {
    await showScene(page, 'tour', n, 'en', '&dataset=synthetic/n10000-s1');
    problems.push(...(await slideProblems(page, String(n), 18)).problems);
  }
  expect(problems).toEqual([]);
});

test('a scene of one\'s own leading with the timeline of 10,000 initiatives shows the lanes that fit and says how many did not', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const deck = { version: 1, title: 'Mine', scenes: [{ id: 'all', title: 'Every sector', caption: 'All of them over time', lead: 'timeline' }] };
  await page.addInitScript((d) => localStorage.setItem('carbon-dashboard:deck:/data/synthetic/n10000-s1/', d), JSON.stringify(deck));
  await showScene(page, 'mine', 1, 'en', '&dataset=synthetic/n10000-s1&lanes=sector');
  const timeline = page.locator('.region-timeline');
  // The dataset's sectors do not all fit at the slide's type: the fullest are drawn whole, the rest counted.
  const more = timeline.locator('.tl-more');
  await expect(more).toHaveText(/^and \d+ more sectors, not shown$/);
  const hidden = Number(/\d+/.exec((await more.textContent())!)![0]);
  const drawn = await timeline.locator('.tl-lane-label').count();
  expect(drawn).toBeGreaterThan(4);
  expect(drawn + hidden).toBe(SECTORS_IN_USE);
  // The year axis is on the slide, inside the panel.
  await expect(timeline.getByText('2020', { exact: true })).toBeInViewport();
  expect((await slideProblems(page, 'timeline', 18)).problems).toEqual([]);
});

test('a scene that shows one initiative is a slide of its own: title, partners, date, place and quote, nothing internal', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Scene 4: the Siemens programme, whose details panel held "inferred: kind, homeCountry, …".
  await showScene(page, 'curated', 4);
  const card = page.getByRole('article', { name: /Siemens China Zero Carbon Pioneer Program/ });
  await expect(card).toBeVisible();
  for (const label of ['Partners', 'Date', 'Place']) await expect(card.getByText(label, { exact: true })).toBeVisible();
  await expect(card.locator('blockquote.present-card-primary')).toBeVisible();
  const words = (await visibleTexts(page)).map((t) => t.text).join(' ');
  expect(words).not.toMatch(/inferred: |homeCountry|nameZh|aliases\.|gazetteer|\b(CN|DE|FR|DK)\b/);
  expect(await scrollingBoxes(page)).toEqual([]);
});

test('a partner chart on a slide: no name cut with "…", and "Others" is not drawn as a bar', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await showScene(page, 'curated', 10);
  const card = page.getByRole('region', { name: 'Initiatives by partner' });
  const labels = await card.locator('text.recharts-yAxis.recharts-cartesian-axis-tick-value').allTextContents();
  expect(labels.length).toBeGreaterThan(2);
  expect(labels.join(' ')).not.toContain('…');
  // The row of the rest (Others, or those a slide had no room for) has no bar: nothing drawn level with its label.
  const others = card.locator('text.recharts-yAxis.recharts-cartesian-axis-tick-value', { hasText: /Others|more, not shown/ });
  await expect(others.first()).toBeVisible();
  const row = (await others.first().boundingBox())!;
  const middle = row.y + row.height / 2;
  const bars = await card.locator('.recharts-bar-rectangle path').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(bars.filter((b) => b.width > 1).length).toBeGreaterThan(2);
  expect(bars.filter((b) => b.width > 1 && b.top <= middle && b.bottom >= middle)).toEqual([]);
});

test('a partner chart on a slide with no room for every bar names in its legend only the kinds of the bars drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await showScene(page, 'curated', 10);
  const card = page.getByRole('region', { name: 'Initiatives by partner' });
  await expect(card.locator('text.recharts-yAxis.recharts-cartesian-axis-tick-value', { hasText: /more, not shown/ })).toBeVisible();
  // Each drawn bar's name says its partner's kind: "CATL (Private company): 2 initiatives. …".
  const drawnKinds = new Set(
    (await card.locator('rect[aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).flatMap((name) => {
      const kind = /^.+ \(([^()]+)\): /.exec(name)?.[1];
      return kind ? [kind] : [];
    }),
  );
  expect(drawnKinds.size).toBeGreaterThan(1);
  const legend = await card.getByRole('list', { name: 'Partner kinds' }).getByRole('listitem').allTextContents();
  expect(new Set(legend.map((text) => text.trim()))).toEqual(drawnKinds);
});

test('a portrait tablet (768x1024) shows the map large and every bar of a chart with its label', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await showScene(page, 'curated', 1);
  const stage = (await page.locator('.region-map .map-frame').boundingBox())!;
  expect(stage.height).toBeGreaterThan(1024 * 0.25);
  expect(stage.width).toBeGreaterThan(768 * 0.9);
  expect(await scrollingBoxes(page)).toEqual([]);

  await showScene(page, 'curated', 10);
  for (const name of ['Initiatives by sector', 'Initiatives by partner']) {
    const card = page.getByRole('region', { name });
    const box = (await card.boundingBox())!;
    expect(box.height).toBeGreaterThan(250);
    const bars = card.locator('.recharts-bar-rectangle path');
    expect(await bars.count()).toBeGreaterThanOrEqual(2);
    for (const rect of await bars.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(rect.height).toBeGreaterThan(8);
      expect(rect.bottom).toBeLessThanOrEqual(box.y + box.height + 1);
    }
  }
  const problems = (await visibleTexts(page)).filter((t) => t.px < 17.95 || t.clipped).map((t) => `${t.px}px «${t.text}»`);
  expect(problems).toEqual([]);
});
