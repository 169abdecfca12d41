import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface GazetteerPlace {
  id: string;
  nameEn: string;
  lat: number;
  lon: number;
}
const gazetteer = new Map(
  (JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as { places: GazetteerPlace[] }).places.map((p) => [p.id, p]),
);
const SEED_PLACES = [
  ['320500', 'Suzhou'],
  ['330500', 'Huzhou'],
  ['350900', 'Ningde'],
  ['370300', 'Zibo'],
] as const;
const TITLES = {
  ningde: 'CECEP and CATL strategic cooperation agreement on energy storage',
  liaoning: 'CATL and Liaoning Fangda Group strategic cooperation agreement for a zero-carbon industrial cluster',
  siemens: 'Siemens China Zero Carbon Pioneer Program',
  zibo: 'Energy Chain, Zibo Municipal People\'s Government and China Quality Certification Center tripartite agreement on Zibo\'s "double carbon" goal',
};

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const placesRegion = (page: Page) => page.getByRole('region', { name: 'Places on the map' });
const detailsHeading = (page: Page) => page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });

/** Waits until the map stops moving: no pan, zoom or flight under way (data-moving) and the view unchanged. */
async function settle(page: Page) {
  const container = page.locator('.map-canvas');
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = `${await container.getAttribute('data-center')}@${await container.getAttribute('data-zoom')}@${await container.getAttribute('data-moving')}`;
    if (now === last && !now.endsWith('@true')) return;
    last = now;
    await page.waitForTimeout(250);
  }
}

/**
 * Where [lat, lon] is on screen, by Web Mercator from the view the map reports (data-center,
 * data-zoom): computed here, independently of Leaflet.
 */
async function screenPoint(page: Page, lat: number, lon: number) {
  const container = page.locator('.map-canvas');
  const box = (await container.boundingBox())!;
  const zoom = Number(await container.getAttribute('data-zoom'));
  const [clat = 0, clon = 0] = (await container.getAttribute('data-center'))!.split(',').map(Number);
  const scale = 256 * 2 ** zoom;
  const project = (la: number, lo: number) => ({
    x: ((lo + 180) / 360) * scale,
    y: ((1 - Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / Math.PI) / 2) * scale,
  });
  const p = project(lat, lon);
  const c = project(clat, clon);
  return { x: box.x + box.width / 2 + p.x - c.x, y: box.y + box.height / 2 + p.y - c.y };
}

async function centreOf(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function openMap(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.locator('path.map-province')).toHaveCount(34);
  await settle(page);
}

test('draws the 34 provinces, the South China Sea dashes and islands, and says the map is not approved', async ({ page }) => {
  await openMap(page);
  await expect(page.locator('path.map-scs-dash')).toHaveCount(10);
  await expect(page.locator('path.map-scs-islands')).toHaveCount(7);
  const map = mapRegion(page);
  await expect(map).toContainText('Not an officially approved map: no review number (审图号)');
  await map.getByText('Map sources and licences').click();
  await expect(map).toContainText('Apache ECharts 4.9.0');
  await expect(map).toContainText('GeoNames');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom out' })).toBeVisible();
});

test('every seed place is drawn at its gazetteer city, and hovering it names the city', async ({ page }) => {
  await openMap(page);
  for (const [id, name] of SEED_PLACES) {
    const place = gazetteer.get(id)!;
    await placesRegion(page).getByRole('button', { name: new RegExp(`^${name} `) }).click();
    // Zoomed in (about 0.6 km a pixel), so being off by a kilometre fails.
    await placesRegion(page).getByRole('button', { name: 'Zoom to place' }).click();
    await expect.poll(async () => Number(await page.locator('.map-canvas').getAttribute('data-zoom'))).toBeGreaterThanOrEqual(8);
    await settle(page);
    const expected = await screenPoint(page, place.lat, place.lon);
    // The selection ring is centred on the marker.
    const ring = mapRegion(page).locator(`[data-place-id="${id}"] .map-selected-ring`);
    await expect(ring).toBeVisible();
    const ringCentre = await centreOf(ring);
    expect(Math.abs(ringCentre.x - expected.x), `${name} x`).toBeLessThan(2);
    expect(Math.abs(ringCentre.y - expected.y), `${name} y`).toBeLessThan(2);
    // And the canvas circle is there: hovering that point shows its tooltip.
    await page.mouse.move(expected.x, expected.y);
    await expect(page.locator('.leaflet-tooltip.map-tooltip')).toContainText(name);
    await placesRegion(page).getByRole('button', { name: '← All places' }).click();
  }
});

test('a marker click opens the initiative there; Enter on its place does too', async ({ page }) => {
  await openMap(page);
  const ningde = gazetteer.get('350900')!;
  const point = await screenPoint(page, ningde.lat, ningde.lon);
  await page.mouse.click(point.x, point.y);
  await expect(detailsHeading(page)).toHaveText(TITLES.ningde);
  await expect(page).toHaveURL(/selected=cecep-catl-energy-storage-agreement/);

  await page.getByRole('button', { name: 'Close details' }).click();
  await placesRegion(page).getByRole('button', { name: '← All places' }).click();
  await placesRegion(page).getByRole('button', { name: /^Zibo / }).focus();
  await page.keyboard.press('Enter');
  await expect(detailsHeading(page)).toHaveText(TITLES.zibo);
});

test('an initiative picked in the list rings its marker on the map', async ({ page }) => {
  await openMap(page);
  await expect(mapRegion(page).locator('[data-selected-place]')).toHaveCount(0);
  await page.getByRole('region', { name: 'Initiatives', exact: true }).getByRole('button', { name: TITLES.ningde }).click();
  const ring = mapRegion(page).locator('[data-selected-place="350900"]');
  await expect(ring).toBeVisible();
  await settle(page);
  const ningde = gazetteer.get('350900')!;
  const expected = await screenPoint(page, ningde.lat, ningde.lon);
  const centre = await centreOf(ring);
  expect(Math.hypot(centre.x - expected.x, centre.y - expected.y)).toBeLessThan(2);
  // The canvas circle itself is outlined in the highlight colour (vermillion, #D55E00).
  const highlighted = await page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-map-markers-pane canvas')!;
    const rect = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const k = canvas.width / rect.width;
    let hits = 0;
    for (let a = 0; a < 360; a += 15) {
      for (const r of [6, 7, 8, 9]) {
        const [red, green, blue] = ctx.getImageData(Math.round((x - rect.left + r * Math.cos((a * Math.PI) / 180)) * k), Math.round((y - rect.top + r * Math.sin((a * Math.PI) / 180)) * k), 1, 1).data;
        if (red! > 180 && green! > 60 && green! < 130 && blue! < 60) hits += 1;
      }
    }
    return hits;
  }, expected);
  expect(highlighted).toBeGreaterThan(10);
  await expect(placesRegion(page).getByRole('button', { name: /^Ningde / })).toContainText('selected');
});

test('Liaoning is shaded as a whole province for the CATL–Fangda agreement, marked inferred', async ({ page }) => {
  await openMap(page);
  const shape = page.locator('path.map-province-210000');
  expect(await shape.getAttribute('stroke-dasharray')).toBeTruthy();
  const plain = await page.locator('path.map-province-220000').getAttribute('fill');
  expect(await shape.getAttribute('fill')).not.toBe(plain);
  const label = mapRegion(page).locator('[data-province-id="210000"]');
  await expect(label).toContainText('辽宁');
  await expect(label).toContainText('1 province-wide · inferred');
  await expect(placesRegion(page).getByRole('button', { name: /^Liaoning / })).toContainText('inferred');
  // No pin stands for it anywhere: Shenyang, the capital, has no marker.
  await expect(placesRegion(page).getByRole('button', { name: /Shenyang/ })).toHaveCount(0);

  // The label is centred on Liaoning's label point: 30 px below its centre is still Liaoning.
  const box = (await label.boundingBox())!;
  const anchor = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(anchor.x, anchor.y + 30);
  const tooltip = page.locator('.leaflet-tooltip.map-tooltip');
  await expect(tooltip).toContainText('Liaoning');
  await expect(tooltip).toContainText(TITLES.liaoning);
  await expect(tooltip).toContainText('Place inferred, not stated');
  await page.mouse.click(anchor.x, anchor.y + 30);
  await expect(detailsHeading(page)).toHaveText(TITLES.liaoning);
});

test('the Siemens programme is listed on the map as nationwide, not pinned', async ({ page }) => {
  await openMap(page);
  const card = mapRegion(page).getByRole('group', { name: 'Nationwide initiatives, not pinned to a place' });
  await expect(card).toContainText('全国 Nationwide 1');
  await expect(card).toContainText('scope inferred');
  await card.getByRole('button', { name: TITLES.siemens }).click();
  await expect(detailsHeading(page)).toHaveText(TITLES.siemens);
  await expect(placesRegion(page).getByRole('button', { name: /^China 全国/ })).toContainText('1 initiative');
});

test('filter to a place: the rest of the dashboard filters, the map keeps every place', async ({ page }) => {
  await openMap(page);
  await placesRegion(page).getByRole('button', { name: /^Zibo / }).click();
  await placesRegion(page).getByRole('button', { name: 'Filter to this place' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1 of 6 initiatives');
  await expect(page).toHaveURL(/place=370300/);
  await placesRegion(page).getByRole('button', { name: '← All places' }).click();
  for (const [, name] of SEED_PLACES) await expect(placesRegion(page).getByRole('button', { name: new RegExp(`^${name} `) })).toBeVisible();
  await expect(placesRegion(page).getByRole('button', { name: /^Zibo / })).toContainText('in filter');
});

test('zoom buttons, keyboard zoom and Reset view', async ({ page }) => {
  await openMap(page);
  const container = page.locator('.map-canvas');
  const start = Number(await container.getAttribute('data-zoom'));
  const zoom = async () => Number(await container.getAttribute('data-zoom'));
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(zoom).toBe(start + 1);
  await container.focus();
  await page.keyboard.press('-');
  await expect.poll(zoom).toBeLessThan(start + 1);
  await settle(page);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('-');
  await expect.poll(zoom).toBeLessThan(start);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(zoom).toBe(start);
  await expect(container).toHaveAttribute('aria-label', /Arrow keys pan/);
});

test('online tiles are off unless chosen in the map settings', async ({ page }) => {
  await openMap(page);
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);
  await page.getByRole('button', { name: 'Map settings' }).click();
  await expect(page.getByRole('radio', { name: /None: offline basemap only/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /OpenStreetMap/ })).not.toBeChecked();
  // Esc closes the panel, from inside it or from its button.
  await page.getByRole('radio', { name: /None: offline basemap only/ }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('radio', { name: /OpenStreetMap/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Map settings' })).toBeFocused();
  await page.getByRole('button', { name: 'Map settings' }).press('Enter');
  await expect(page.getByRole('radio', { name: /OpenStreetMap/ })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('radio', { name: /OpenStreetMap/ })).toHaveCount(0);
});

test('10,000 synthetic records: places are clustered and the busiest clusters counted', async ({ page }) => {
  await page.goto('/?dataset=synthetic/n10000-s1');
  await expect(page.locator('path.map-province')).toHaveCount(34, { timeout: 30_000 });
  await expect(mapRegion(page)).toContainText('363 cities');
  const counts = mapRegion(page).locator('.map-marker-count');
  expect(await counts.count()).toBeGreaterThan(20);
  expect(await counts.count()).toBeLessThan(200);
  const nationwide = mapRegion(page).locator('details.map-nationwide');
  await expect(nationwide.locator('summary')).toContainText('Nationwide 274');
  await nationwide.locator('summary').click();
  await expect(nationwide.getByRole('button', { name: /^Synthetic / })).toHaveCount(5);
  await nationwide.getByRole('button', { name: 'List all 274 nationwide' }).click();
  await expect(placesRegion(page).getByRole('heading', { level: 3 })).toHaveText('China 全国');
});
