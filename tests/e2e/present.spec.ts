import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What each scene of data/deck.json must show: written by hand from the data, not computed. */
const CURATED: Array<{ title: string; count: number; chips: string[]; caption: RegExp; bounds?: [[number, number], [number, number]] }> = [
  { title: 'Overview', count: 6, chips: [], caption: /^Six carbon-reduction initiatives by companies/, bounds: [[22.5, 106], [45, 129]] },
  { title: 'In time', count: 6, chips: [], caption: /^Five of the six are dated/ },
  { title: 'Danfoss and Wuxing District, Huzhou', count: 1, chips: ['Partner: Danfoss'], caption: /^30 Nov 2020: on a visit to Danfoss/, bounds: [[29.6, 118.2], [32.1, 122]] },
  { title: 'Siemens China Zero Carbon Pioneer Program', count: 1, chips: ['Partner: Siemens'], caption: /^Sep 2021 \(inferred\)/ },
  {
    title: 'Energy Chain, Zibo and China Quality Certification Center',
    count: 1,
    chips: ["Partners together: Energy Chain + Zibo Municipal People's Government"],
    caption: /^13 Oct 2021: Energy Chain/,
    bounds: [[35.5, 116.3], [38.1, 119.9]],
  },
  { title: 'CATL: two agreements in one week', count: 2, chips: ['Partner: CATL'], caption: /a week apart/, bounds: [[24.5, 113], [44, 127]] },
  { title: 'CATL and Liaoning Fangda Group', count: 1, chips: ['Partners together: CATL + Liaoning Fangda Group Industrial Co., Ltd.'], caption: /both plan a high-level zero-carbon industrial cluster/ },
  {
    title: 'CECEP and CATL in Ningde',
    count: 1,
    chips: ['Partners together: China Energy Conservation and Environmental Protection Group + CATL'],
    caption: /^25 Feb \(2025, inferred\), Ningde/,
    bounds: [[25.4, 117.8], [28, 121.3]],
  },
  { title: 'Schneider Electric and two Suzhou parks', count: 1, chips: ['Place: Suzhou, Jiangsu'], caption: /the source gives no date\.$/, bounds: [[30.2, 119], [32.4, 122.2]] },
  { title: 'Sectors and partners', count: 6, chips: [], caption: /^Digitalisation is the most frequent sector/ },
];

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' });
/** The chips' labels (each chip also holds its remove button, hidden while presenting). */
const chips = (page: Page) => page.getByRole('list', { name: 'Active filters' }).locator('.chip > span');
const bar = (page: Page) => page.getByRole('contentinfo', { name: 'Scene caption' });
const counter = (page: Page) => bar(page).locator('.present-counter');
const panel = (page: Page) => page.getByRole('dialog', { name: 'Scenes' });
const sceneItems = (page: Page) => panel(page).locator('.scene-item .scene-title');

async function expectScene(page: Page, n: number) {
  const scene = CURATED[n - 1]!;
  await expect(counter(page)).toContainText(`Scene ${n} of ${CURATED.length}`);
  await expect(bar(page).locator('.present-scene-title')).toHaveText(scene.title);
  await expect(bar(page).locator('.present-caption')).toHaveText(scene.caption);
  await expect(count(page)).toHaveText(`Showing ${scene.count} of 6 initiatives`);
  if (scene.chips.length) await expect(chips(page)).toHaveText(scene.chips);
  else await expect(page.getByText('No filters: showing everything.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]scene=${n}(&|$)`));
  await expect(page).toHaveURL(/[?&]present=curated(&|$)/);
  if (scene.bounds) await expectMapInside(page.locator('.region-map .leaflet-container'), scene.bounds);
}

/** The map has flown there: its centre (data-center, [lat, lon]) lies inside the scene's extent. */
async function expectMapInside(map: Locator, [[south, west], [north, east]]: [[number, number], [number, number]]) {
  await expect
    .poll(async () => {
      const [lat, lon] = ((await map.getAttribute('data-center')) ?? '0,0').split(',').map(Number) as [number, number];
      return lat > south && lat < north && lon > west && lon < east;
    })
    .toBe(true);
}

async function openScenes(page: Page) {
  await page.getByRole('button', { name: 'Scenes', exact: true }).first().click();
  await expect(panel(page)).toBeVisible();
}

test('the shipped deck steps with the keyboard: arrows, clicker PageUp/PageDown, Space, Home/End, number + Enter, blank, Esc', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/projector/);
  await expectScene(page, 1);
  // The projector look hides the editing chrome.
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeHidden();

  const forward = ['ArrowRight', 'PageDown', ' ', 'ArrowRight', 'PageDown', ' ', 'ArrowRight', 'PageDown', 'ArrowRight'];
  for (const [i, key] of forward.entries()) {
    await page.keyboard.press(key);
    await expectScene(page, i + 2);
  }
  await page.keyboard.press('PageDown');
  await expectScene(page, 10);
  await page.keyboard.press('PageUp');
  await expectScene(page, 9);
  await page.keyboard.press('ArrowLeft');
  await expectScene(page, 8);
  await page.keyboard.press('Home');
  await expectScene(page, 1);
  await page.keyboard.press('End');
  await expectScene(page, 10);
  await page.keyboard.type('3');
  await expect(bar(page)).toContainText('Go to scene 3 — press Enter');
  await page.keyboard.press('Enter');
  await expectScene(page, 3);
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await expect(bar(page)).toContainText('There is no scene 42');
  await expectScene(page, 3);

  await page.keyboard.press('b');
  const blank = page.getByRole('button', { name: /Screen blanked/ });
  await expect(blank).toBeVisible();
  await page.keyboard.press('x');
  await expect(blank).toBeHidden();
  await expectScene(page, 3);

  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeHidden();
  await expect(page.locator('html')).not.toHaveClass(/projector/);
  await expect(page).not.toHaveURL(/present=|scene=/);
  // The analyst's own view comes back (no filters, as before presenting), with the filter bar.
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await expect(page.getByText('No filters: showing everything.')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
});

/** The map's view as Leaflet reports it (data-center [lat, lon] and data-zoom), once it has stopped moving. */
async function settledMapView(page: Page): Promise<string> {
  const map = page.locator('.region-map .leaflet-container');
  let last = '';
  await expect
    .poll(async () => {
      const now = `${await map.getAttribute('data-center')}@${await map.getAttribute('data-zoom')}@${(await map.getAttribute('data-moving')) ?? ''}`;
      const settled = now === last && !now.endsWith('@true');
      last = now;
      return settled;
    }, { intervals: [250] })
    .toBe(true);
  return last;
}

/** The map comes to rest at `before` (same zoom, centre within a pixel), waiting out a scene's view that rests on screen until the analyst's view is put back. */
async function expectMapViewBack(page: Page, before: string): Promise<void> {
  await expect
    .poll(
      async () => {
        try {
          expectSameMapView(await settledMapView(page), before);
          return true;
        } catch {
          return false;
        }
      },
      { timeout: 15_000, intervals: [250] },
    )
    .toBe(true);
}

/** Same zoom, and the same centre to within a pixel (Leaflet keeps its origin in whole pixels). */
function expectSameMapView(now: string, before: string) {
  const parse = (view: string) => {
    const [center = '', zoom = ''] = view.split('@');
    const [lat = NaN, lon = NaN] = center.split(',').map(Number);
    return { lat, lon, zoom: Number(zoom) };
  };
  const a = parse(now);
  const b = parse(before);
  expect(a.zoom).toBe(b.zoom);
  const degreesPerPixel = 360 / (256 * 2 ** b.zoom);
  expect(Math.abs(a.lon - b.lon)).toBeLessThan(degreesPerPixel);
  expect(Math.abs(a.lat - b.lat)).toBeLessThan(degreesPerPixel);
}

test('Esc gives the keyboard back to Present, not to the page body, when nothing else takes it', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const present = page.locator('.present-buttons').getByRole('button', { name: 'Present', exact: true });
  await present.click();
  await expectScene(page, 1);
  await page.keyboard.press('ArrowRight');
  await expectScene(page, 2);
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeHidden();
  await expect(present).toBeFocused();
  // And Enter on it presents again, from where it left off.
  await page.keyboard.press('Enter');
  await expectScene(page, 2);
});

test("Esc after presenting puts back the analyst's filters, selection and map extent", async ({ page }) => {
  await page.goto('/?q=CATL&from=2025-01-01');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  const list = page.getByRole('region', { name: 'Initiatives', exact: true });
  await list.getByRole('button', { name: /Liaoning Fangda/ }).click();
  const details = page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
  await expect(details).toHaveText(/Liaoning Fangda/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const before = await settledMapView(page);
  const address = new URL(page.url()).search;
  expect(address).toContain('selected=catl-liaoning-fangda-zero-carbon-cluster');

  await page.keyboard.press('p');
  await expectScene(page, 1);
  await page.keyboard.press('ArrowRight');
  await expectScene(page, 2);
  await page.keyboard.press('ArrowRight');
  await expectScene(page, 3);
  await page.keyboard.press('Escape');

  await expect(bar(page)).toBeHidden();
  await expect(page).not.toHaveURL(/present=|scene=/);
  expect(new URL(page.url()).search).toBe(address);
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('CATL');
  await expect(chips(page)).toHaveText(['Date: 1 Jan 2025 – end (undated left out)', 'Search: “CATL”']);
  await expect(details).toHaveText(/Liaoning Fangda/);
  await expectMapViewBack(page, before);

  // Back goes into the presentation's entries again; Esc from there puts the same view back.
  await page.goBack();
  await expect(page).toHaveURL(/scene=3/);
  await expectScene(page, 3);
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeHidden();
  expect(new URL(page.url()).search).toBe(address);
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await expectMapViewBack(page, before);
});

test('after any scene, Esc puts the map back where the analyst left it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const before = await settledMapView(page);
  for (let n = 1; n <= CURATED.length; n++) {
    await page.keyboard.press('p');
    // Straight to scene n: its number, then Enter.
    for (const digit of String(n)) await page.keyboard.press(digit);
    await page.keyboard.press('Enter');
    await expectScene(page, n);
    await settledMapView(page);
    await page.keyboard.press('Escape');
    await expect(bar(page)).toBeHidden();
    // The analyst's view comes back with the deferred redraw of every panel (up to a second or two
    // on a loaded machine), the scene's view resting on screen until then.
    await expectMapViewBack(page, before);
  }
});

test('Esc puts the map back where it opened when the analyst never moved it', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  const before = await settledMapView(page);
  await page.keyboard.press('p');
  await expectScene(page, 1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectScene(page, 3);
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeHidden();
  await expectMapViewBack(page, before);
});

test('auto-advance saved in this browser does not go into the address of a presentation', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('carbon-dashboard:present-settings', JSON.stringify({ deck: null, auto: 20, autoSeconds: 20 })));
  await page.reload();
  await expect(count(page)).toHaveText('Showing 6 of 6 initiatives');
  await page.keyboard.press('p');
  await expect(counter(page)).toContainText('Scene 1 of 10');
  // Auto-advance is on, from the settings, but the address does not carry it.
  await expect(bar(page).getByRole('button', { name: 'Auto-advance: 20 s' })).toBeVisible();
  await expect(page).toHaveURL(/present=curated/);
  await expect(page).not.toHaveURL(/auto=/);
});

test('a deep link that starts presenting leaves the scene on screen on Esc (there is no view of the analyst to put back)', async ({ page }) => {
  await page.goto('/?present=curated&scene=3');
  await expectScene(page, 3);
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeHidden();
  await expect(page).not.toHaveURL(/present=|scene=/);
  await expect(count(page)).toHaveText('Showing 1 of 6 initiatives');
  await expect(chips(page)).toHaveText(['Partner: Danfoss']);
});

test('a deep link opens a scene, survives a reload, and R returns to the scene after exploring', async ({ page }) => {
  await page.goto('/?present=curated&scene=6');
  await expectScene(page, 6);
  await page.reload();
  await expectScene(page, 6);

  await page.goto('/?scene=1');
  await expectScene(page, 1);
  await page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('button', { name: /Siemens China/ }).click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Siemens China Zero Carbon Pioneer Program');
  await expect(bar(page)).toContainText('Exploring — press R to return to scene 1');
  await page.locator('body').press('r');
  await expect(bar(page)).not.toContainText('Exploring');
  await expect(page.getByRole('region', { name: 'Initiatives', exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(/selected=/);
  await expectScene(page, 1);
});

test('P is ignored while typing in the search box', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('');
  await search.press('p');
  await expect(search).toHaveValue('p');
  await expect(bar(page)).toBeHidden();
});

test('my own deck: add views as scenes, reorder, rename, delete; it survives a reload and presents', async ({ page }) => {
  await page.goto('/?sector=energy-storage');
  await openScenes(page);
  await panel(page).getByRole('radio', { name: /My scenes/ }).check();
  await expect(panel(page).getByText('No scenes yet')).toBeVisible();
  await panel(page).getByRole('textbox', { name: 'Name of the new scene' }).fill('Storage');
  await panel(page).getByRole('button', { name: 'Add current view as a scene' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: /Added/ })).toHaveText(/Added “Storage” as scene 1/);

  await page.goto('/?partner=danfoss&selected=danfoss-wuxing-zero-carbon-agreement');
  await openScenes(page);
  await expect(panel(page).getByRole('radio', { name: /My scenes/ })).toBeChecked();
  await panel(page).getByRole('textbox', { name: 'Name of the new scene' }).fill('Danfoss visit');
  await panel(page).getByRole('button', { name: 'Add current view as a scene' }).click();
  await panel(page).getByRole('button', { name: 'Add current view as a scene' }).click();
  await expect(sceneItems(page)).toHaveText(['Storage', 'Danfoss visit', 'Scene 3']);

  await panel(page).getByRole('button', { name: 'Move “Danfoss visit” up' }).click();
  await expect(sceneItems(page)).toHaveText(['Danfoss visit', 'Storage', 'Scene 3']);
  await expect(panel(page).getByRole('button', { name: 'Move “Danfoss visit” down' })).toBeFocused();
  await panel(page).getByRole('button', { name: 'Delete “Scene 3”' }).click();
  await expect(sceneItems(page)).toHaveText(['Danfoss visit', 'Storage']);
  await panel(page).getByRole('button', { name: 'Edit “Storage”' }).click();
  await panel(page).getByRole('textbox', { name: 'Name', exact: true }).fill('Energy storage');
  await panel(page).getByRole('textbox', { name: 'Caption (on screen)' }).fill('Two agreements on energy storage.');
  await panel(page).getByRole('button', { name: 'Save' }).click();
  await expect(sceneItems(page)).toHaveText(['Danfoss visit', 'Energy storage']);

  await page.reload();
  await openScenes(page);
  await expect(sceneItems(page)).toHaveText(['Danfoss visit', 'Energy storage']);
  await panel(page).getByRole('button', { name: 'Present from scene 2: Energy storage' }).click();
  await expect(counter(page)).toContainText('Scene 2 of 2');
  await expect(bar(page).locator('.present-caption')).toHaveText('Two agreements on energy storage.');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  await expect(chips(page)).toHaveText(['Sector: Energy storage']);
  await page.keyboard.press('ArrowLeft');
  await expect(count(page)).toHaveText('Showing 1 of 6 initiatives');
  // A scene that selects one initiative shows it as its card.
  await expect(page.getByRole('article', { name: /^Danfoss cooperation agreement/ })).toBeVisible();
  await expect(page).toHaveURL(/present=mine&scene=1/);
});

test('export then import a deck; a broken file is refused and the deck stays as it was', async ({ page }, testInfo) => {
  await page.goto('/?partner=catl');
  await openScenes(page);
  await panel(page).getByRole('radio', { name: /My scenes/ }).check();
  await panel(page).getByRole('textbox', { name: 'Name of the new scene' }).fill('CATL');
  await panel(page).getByRole('button', { name: 'Add current view as a scene' }).click();
  await expect(sceneItems(page)).toHaveText(['CATL']);

  const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Export this deck' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^deck-my-scenes-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = testInfo.outputPath('exported.json');
  await download.saveAs(exported);
  const json = JSON.parse(readFileSync(exported, 'utf8')) as { version: number; scenes: Array<{ title: string; filters: unknown }> };
  expect(json.version).toBe(1);
  expect(json.scenes.map((s) => [s.title, s.filters])).toEqual([['CATL', { partners: ['catl'] }]]);

  await panel(page).getByRole('button', { name: 'Delete “CATL”' }).click();
  await expect(sceneItems(page)).toHaveCount(0);
  await panel(page).getByLabel('Import a deck file (replaces my scenes)').setInputFiles(exported);
  await expect(sceneItems(page)).toHaveText(['CATL']);
  await expect(panel(page).getByRole('status').filter({ hasText: /Imported/ })).toHaveText(/Imported “My scenes” \(1 scene\) from exported\.json/);

  const importInput = panel(page).getByLabel('Import a deck file (replaces my scenes)');
  await importInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "version": 1, "scenes": [') });
  await expect(panel(page).getByRole('alert')).toContainText('“broken.json” is not a readable JSON file');
  await expect(panel(page).getByRole('alert')).toContainText('Your deck is unchanged.');
  await expect(sceneItems(page)).toHaveText(['CATL']);

  const unknown = { version: 1, title: 'Elsewhere', scenes: [{ id: 'a', title: 'Nowhere', filters: { partners: ['no-such-company'] } }] };
  await importInput.setInputFiles({ name: 'other-dataset.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unknown)) });
  await expect(panel(page).getByRole('alert')).toContainText('not a deck this dataset can show: 1 problem');
  await expect(panel(page).getByRole('alert')).toContainText('no organisation "no-such-company" in this dataset');
  await expect(sceneItems(page)).toHaveText(['CATL']);
  await page.reload();
  await openScenes(page);
  await expect(sceneItems(page)).toHaveText(['CATL']);
});

test('the presenter view follows the main screen and steps it, over BroadcastChannel', async ({ page, context }) => {
  await page.goto('/');
  await openScenes(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), panel(page).getByRole('button', { name: 'Open presenter view' }).click()]);
  await presenter.waitForLoadState();
  const console = presenter.getByRole('region', { name: 'Presenter view' });
  await expect(console.getByRole('status')).toContainText('Scene 1 of 10');
  await expect(console.getByRole('status')).toContainText('not presenting');

  await panel(page).getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('p');
  await expectScene(page, 1);
  await page.keyboard.press('PageDown');
  await expectScene(page, 2);
  const current = console.getByRole('region', { name: 'Current scene' });
  await expect(console.getByRole('status')).toContainText('Scene 2 of 10 · Presenting.');
  await expect(current.getByRole('heading', { level: 2 })).toHaveText('In time');
  await expect(current).toContainText('Stated dates: 30 November 2020');
  await expect(console.getByRole('region', { name: 'Next scene' })).toContainText('Danfoss and Wuxing District, Huzhou');
  await expect(console.getByRole('group', { name: 'Timer' })).toContainText(/\d+:\d\d elapsed/);

  await console.getByRole('button', { name: 'Next ›' }).click();
  await expectScene(page, 3);
  await expect(current.getByRole('heading', { level: 2 })).toHaveText('Danfoss and Wuxing District, Huzhou');
  await presenter.keyboard.press('PageUp');
  await expectScene(page, 2);
  await console.getByRole('button', { name: '9. Schneider Electric and two Suzhou parks' }).click();
  await expectScene(page, 9);
  await console.getByRole('button', { name: 'Blank the screen' }).click();
  await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible();
  await expect(console.getByRole('status')).toContainText('blanked');
});

test('the tour goes through the initiatives in time order with a card each, undated last', async ({ page }) => {
  await page.goto('/?present=tour');
  const card = page.getByRole('article', { name: /Danfoss cooperation agreement/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('30 Nov 2020');
  await expect(card).toContainText('precision: to the day');
  await expect(card).toContainText('Wuxing District, Huzhou (District Party Committee) — Party to the agreement');
  await expect(card.locator('blockquote')).toContainText('Secretary Wu also reached a cooperation agreement with Danfoss');
  await expect(card).toContainText('Source: “Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss”');
  await expect(page).toHaveURL(/selected=danfoss-wuxing-zero-carbon-agreement/);
  await expectMapInside(page.locator('.region-map .leaflet-container'), [[29, 118], [33, 122.5]]);

  const order = [/^Siemens China/, /^Energy Chain, Zibo/, /^CATL and Liaoning Fangda/, /^CECEP and CATL/, /^Schneider Electric memorandum/];
  for (const title of order) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('article', { name: title })).toBeVisible();
  }
  const last = page.getByRole('article', { name: /^Schneider Electric memorandum/ });
  await expect(last).toContainText('date unknown');
  await expect(last).toContainText('precision: not given in the source');
  const russian = page.getByRole('article');
  await page.keyboard.press('ArrowLeft');
  // The translation first, marked; the Russian original beneath it.
  await expect(russian.locator('blockquote.present-card-primary')).toContainText('On 25 February the China Energy Conservation');
  await expect(russian.locator('blockquote.present-card-original')).toHaveAttribute('lang', 'ru');
  await expect(russian).toContainText('English translation');
  await expect(russian).toContainText('Original (Russian)');
});

/**
 * The initiatives file with the longest quote (Russian, with its translations) as the one the CATL
 * and Liaoning Fangda card shows (tour scene 4).
 */
function withLongestQuote(text: string): string {
  const data = JSON.parse(text) as { initiatives: Array<{ id: string; sources: Array<{ quotes: Array<{ text: string; supports: string[] }> }> }> };
  const initiative = data.initiatives.find((i) => i.id === 'catl-liaoning-fangda-zero-carbon-cluster')!;
  const quotes = initiative.sources.flatMap((s) => s.quotes);
  const longest = quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  initiative.sources = [{ ...initiative.sources[0]!, quotes: [{ ...longest, supports: ['title', ...longest.supports] }] }];
  return JSON.stringify(data);
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`a tour card with the longest quote fits, leaving parts out rather than shrinking type, at ${width}x${height} (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.route('**/initiatives.json', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: withLongestQuote(await response.text()) });
      });
      await page.goto(`/?present=tour&scene=4&lang=${lang}`);
      const card = page.getByRole('article');
      const primary = card.locator('blockquote.present-card-primary');
      await expect(primary).toBeVisible();
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      // Nothing of the card is cut off at the bottom or hidden behind a scroll.
      await expect.poll(() => card.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
      const box = (await card.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      // The quote in the display language stays, whole; the Russian original under it is shown whole or left out.
      const inner = (await primary.boundingBox())!;
      expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height + 1);
      const original = card.locator('blockquote.present-card-original');
      await expect(original).toHaveAttribute('lang', 'ru');
      if (await original.isVisible()) {
        const shown = (await original.boundingBox())!;
        expect(shown.y + shown.height).toBeLessThanOrEqual(box.y + box.height + 1);
      } else await expect(card).toHaveClass(/fit-no-original/);
      // Type is never made smaller to fit: the slide's minimum (18px at 768 lines, 24px at 1080).
      const size = await primary.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(height >= 1080 ? 24 : 18);
    });
  }
}

test('a presented scene, its controls and the presenter view read Chinese; the presenter view follows a switch', async ({ page, context }) => {
  await page.goto('/?present=curated&scene=3');
  await expectScene(page, 3);
  await openScenes(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), panel(page).getByRole('button', { name: 'Open presenter view' }).click()]);
  await presenter.waitForLoadState();
  await expect(presenter.getByRole('region', { name: 'Presenter view' }).getByRole('status')).toContainText('Scene 3 of 10');
  await panel(page).getByRole('button', { name: 'Close' }).click();

  await bar(page).getByRole('button', { name: '中文' }).click();
  const zhBar = page.getByRole('contentinfo', { name: '场景说明' });
  await expect(zhBar.locator('.present-counter')).toContainText('第3个场景，共10个');
  await expect(page).toHaveURL(/[?&]scene=3(&|$)/);
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
  const deck = JSON.parse(readFileSync('data/deck.json', 'utf8')) as { scenes: Array<{ title: string; translations?: { zh?: { title: string } } }> };
  const zhTitle = deck.scenes[2]!.translations?.zh?.title ?? deck.scenes[2]!.title;
  await expect(zhBar.locator('.present-scene-title')).toHaveText(zhTitle);
  const controls = zhBar.getByRole('group', { name: '演示控制' });
  await expect(controls).toBeVisible();
  expect(await controls.innerText()).not.toMatch(/Previous|Next|Back to scene|Blank|Scenes|Presenter|Full screen|Exit/);

  const console = presenter.getByRole('region', { name: '演讲者视图' });
  await expect(console.getByRole('status')).toContainText('第3个场景，共10个');
  await expect(console.getByRole('region', { name: '当前场景' }).getByRole('heading', { level: 2 })).toHaveText(zhTitle);
  await expect(console.getByRole('group', { name: '计时器' })).toContainText('已用时间');
  expect(await console.locator('h1, h3, button, [role="status"]').allInnerTexts()).not.toContainEqual(expect.stringMatching(/Presenter|Notes|Previous|Next|Blank|Back to scene|Timer|elapsed/));
  await console.getByRole('button', { name: '下一个 ›' }).click();
  await expect(zhBar.locator('.present-counter')).toContainText('第4个场景，共10个');

  await zhBar.getByRole('button', { name: 'EN' }).click();
  await expect(presenter.getByRole('region', { name: 'Presenter view' }).getByRole('status')).toContainText('Scene 4 of 10');
});

test('auto-advance moves on by itself and loops to the first scene', async ({ page }) => {
  await page.goto('/?present=curated&scene=9&auto=3');
  await expectScene(page, 9);
  await expect(counter(page)).toContainText('Scene 10 of 10', { timeout: 6000 });
  await expect(counter(page)).toContainText('Scene 1 of 10', { timeout: 6000 });
  await page.getByRole('button', { name: 'Auto-advance: 3 s' }).click();
  await expect(page.getByRole('button', { name: 'Auto-advance paused' })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(3500);
  await expect(counter(page)).toContainText('Scene 1 of 10');
});

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the projector layout fills ${width}x${height} without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?present=curated&scene=3');
    await expectScene(page, 3);
    const box = await bar(page).boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(height + 1);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
    // Type scales with the screen: the caption is about 2.7% of the height.
    const size = await bar(page).locator('.present-caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size / height).toBeGreaterThan(0.024);
    const mapBox = await page.locator('.region-map .map-stage').boundingBox();
    expect(mapBox!.height).toBeGreaterThan(height * 0.45);
  });
}
