import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createWheelGesture } from '../../src/views/map/wheel-gesture';
import { expect, test } from './fixtures';

/** The map for a national audience: the 南海诸岛 inset, shaded provinces, labels that never collide, one zoom step per wheel gesture. */

interface Place {
  scope: string;
  gazetteerId: string | null;
}
interface Record {
  id: string;
  status: string;
  places: Place[];
}
const gazetteer = new Map(
  (JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as { places: Array<{ id: string; provinceId: string }> }).places.map((p) => [p.id, p]),
);
const readInitiatives = (dir: string) => (JSON.parse(readFileSync(`${dir}/initiatives.json`, 'utf8')) as { initiatives: Record[] }).initiatives;

/** Initiatives per provincial-level unit, computed here from the files: each initiative once per unit it has a place in. */
function expectedUnitCounts(records: readonly Record[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const units = new Set<string>();
    for (const place of record.places) {
      if (place.scope === 'nationwide' || place.gazetteerId === null) continue;
      const hit = gazetteer.get(place.gazetteerId);
      if (hit) units.add(hit.provinceId);
    }
    for (const unit of units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return counts;
}

const canvas = (page: Page) => page.locator('.map-canvas');
const zoomOf = async (page: Page) => Number(await canvas(page).getAttribute('data-zoom'));

async function settle(page: Page) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = `${await canvas(page).getAttribute('data-center')}@${await canvas(page).getAttribute('data-zoom')}@${await canvas(page).getAttribute('data-moving')}`;
    if (now === last && !now.endsWith('@true')) return;
    last = now;
    await page.waitForTimeout(250);
  }
}

/** Whether [lat, lon] is on the map, by Web Mercator from the view it reports (data-center, data-zoom). */
async function onMap(page: Page, lat: number, lon: number): Promise<boolean> {
  const box = (await canvas(page).boundingBox())!;
  const zoom = await zoomOf(page);
  const [clat = 0, clon = 0] = (await canvas(page).getAttribute('data-center'))!.split(',').map(Number);
  const scale = 256 * 2 ** zoom;
  const y = (la: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / Math.PI) / 2) * scale;
  const dx = ((lon - clon) / 360) * scale;
  const dy = y(lat) - y(clat);
  return Math.abs(dx) < box.width / 2 && Math.abs(dy) < box.height / 2;
}

async function openMap(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('path.map-province')).toHaveCount(34, { timeout: 30_000 });
  await settle(page);
}

/** Every visible text label on the map (names, counts, country names) as on-screen boxes; pairs that intersect. */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = '.map-province-label, .map-country-label, .map-place-name, .map-marker-count, .map-inset';
    const frame = document.querySelector('.map-canvas')!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)]
      .map((element) => ({ element, r: element.getBoundingClientRect() }))
      // Only what is on screen: labels beyond the map's edges are clipped away.
      .filter(({ r }) => r.width > 0 && r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom);
    const name = (e: HTMLElement) => `${e.className}:${(e.textContent ?? '').trim().slice(0, 30)}`;
    const out: string[] = [];
    // 1 px of slack: text boxes are fractional, the layout works in whole pixels.
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => hit(a.r, b.r) && out.push(`${name(a.element)} × ${name(b.element)}`)));
    return out;
  });
}

/**
 * Taiwan, Hong Kong and Macao whose name is more than 28 px from the unit's own shape (a name moved
 * far off names a mainland province instead), or Taiwan's reaching west over the strait; each must be named.
 */
async function namesAwayFromTheirUnits(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['710000', '810000', '820000'].flatMap((id) => {
      const label = document.querySelector(`[data-province-id="${id}"]`)?.getBoundingClientRect();
      const land = document.querySelector(`path.map-province-${id}`)?.getBoundingClientRect();
      if (!label || !land) return [`${id}: not drawn`];
      const gap = Math.max(land.left - label.right, label.left - land.right, land.top - label.bottom, label.top - land.bottom, 0);
      if (gap > 28) return [`${id}: ${Math.round(gap)} px away`];
      // Taiwan's name in the sea east of it, not across the strait over Fujian (Penghu is the province's west end).
      if (id === '710000' && label.left < land.left - 2) return [`${id}: reaches ${Math.round(land.left - label.left)} px west over the strait`];
      return [];
    }),
  );
}

/** Names on the map that its edge cuts: partly inside the map's box, partly outside (a cut 宁夏回族自治区 reads 夏回族自治区). */
async function namesCutByTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.querySelector('.map-canvas')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.map-province-label, .map-country-label, .map-place-name')]
      .map((element) => ({ text: (element.textContent ?? '').trim(), r: element.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom)
      .filter(({ r }) => r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5)
      .map(({ text }) => text);
  });
}

test.describe('no name is cut by the map edge on a 1366x768 projector', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  for (const [what, url] of [
    ['the curated dataset', '/'],
    ['the curated dataset in Chinese', '/?lang=zh'],
    ['10,000 initiatives', '/?dataset=synthetic/n10000-s1'],
  ] as const) {
    test(what, async ({ page }) => {
      await openMap(page, url);
      expect(await namesCutByTheEdge(page)).toEqual([]);
      await page.getByRole('button', { name: /^(Zoom in|放大)$/ }).click();
      await settle(page);
      expect(await namesCutByTheEdge(page)).toEqual([]);
    });
  }
});

test.describe('the 南海诸岛 inset', () => {
  test('is drawn on a national view with the dashes and islands, and goes when the map zooms to a city', async ({ page }) => {
    await openMap(page, '/');
    await page.getByRole('button', { name: 'All of China', exact: true }).click();
    await settle(page);
    const inset = page.getByRole('img', { name: /South China Sea Islands \(南海诸岛\)/ });
    await expect(inset).toBeVisible();
    await expect(inset).toContainText('南海诸岛');
    await expect(inset).toContainText('South China Sea Islands');
    // The dashes and islands come from the same layer as the main map's.
    expect((await inset.locator('path.map-inset-dashes').getAttribute('d'))!.match(/M/g)!.length).toBeGreaterThanOrEqual(9);
    expect(await inset.locator('circle').count()).toBeGreaterThan(3);
    // In the lower right corner of the map.
    const map = (await canvas(page).boundingBox())!;
    const box = (await inset.boundingBox())!;
    expect(map.x + map.width - (box.x + box.width)).toBeLessThan(20);
    expect(map.y + map.height - (box.y + box.height)).toBeLessThan(20);

    await page.getByRole('region', { name: 'Places on the map' }).getByRole('button', { name: /^Ningde / }).click();
    await page.getByRole('region', { name: 'Places on the map' }).getByRole('button', { name: 'Zoom to place' }).click();
    await settle(page);
    await expect(inset).toHaveCount(0);
  });

  test('frames the nationwide scene, in Chinese too', async ({ page }) => {
    await page.goto('/?present=curated&scene=4&lang=zh');
    await expect(page.locator('path.map-province')).toHaveCount(34);
    await settle(page);
    const inset = page.getByRole('img', { name: /南海诸岛/ });
    await expect(inset).toBeVisible();
    await expect(inset.locator('figcaption')).toHaveText('南海诸岛');
    // The whole country is framed: Mohe in the north, Kashgar in the west, Fuyuan in the east, Sanya in the south.
    // (Polled: the scene's flight may still be under way when the map first looks still.)
    for (const [lat, lon] of [[52.97, 122.54], [39.47, 75.99], [48.36, 134.29], [18.25, 109.51]] as const) {
      await expect.poll(() => onMap(page, lat, lon), { message: `${lat}, ${lon}`, timeout: 10_000 }).toBe(true);
    }
    // Taiwan, Hong Kong and Macao are named on the national view.
    for (const id of ['710000', '810000', '820000']) await expect(page.locator(`[data-province-id="${id}"]`)).toBeVisible();
    await expect(page.locator('[data-province-id="710000"]')).toContainText('台湾');
  });
});

test.describe('close up', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('a city scene draws its provinces from the detailed geometry, fetched only then and from this origin', async ({ page }) => {
    const detail: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/geo/detail/')) detail.push(new URL(request.url()).pathname);
    });
    await openMap(page, '/');
    await page.getByRole('button', { name: 'All of China', exact: true }).click();
    await settle(page);
    expect(detail).toEqual([]);
    await expect(page.locator('path.map-detail-land')).toHaveCount(0);

    await page.goto('/?present=curated&scene=8');
    await expect(page.locator('path.map-province')).toHaveCount(34);
    // The scene flies in once its layout is up.
    await expect.poll(() => zoomOf(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(6.5);
    await settle(page);
    // Ningde is in Fujian: its nine prefectures are drawn in detail, and the national-scale shape steps aside.
    await expect(page.locator('path.map-detail-land-350000')).toHaveCount(9);
    expect(detail).toContain('/data/geo/detail/350000.topo.json');
    await expect(page.locator('path.map-province-350000')).toHaveAttribute('stroke', 'none');
    await expect(page.getByRole('img', { name: /South China Sea Islands/ })).toHaveCount(0);
  });
});

test.describe('shaded provinces', () => {
  test('count the filtered initiatives per provincial-level unit, and a click on a unit filters to it', async ({ page }) => {
    const records = readInitiatives('data/synthetic/n10000-s1').filter((r) => r.status === 'signed');
    const expected = expectedUnitCounts(records);
    await openMap(page, '/?dataset=synthetic/n10000-s1&status=signed&map=provinces');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(`Showing ${records.length.toLocaleString('en-GB')} of 10,000`);
    const list = page.getByRole('region', { name: 'Places on the map' });
    const buttons = list.locator('button[data-unit-id]');
    await expect(buttons).toHaveCount(expected.size);
    const shown = await buttons.evaluateAll((els) => els.map((e) => [e.getAttribute('data-unit-id')!, Number(e.getAttribute('data-count'))] as const));
    expect(new Map(shown)).toEqual(expected);
    // The labels on the map say the same numbers.
    const labels = await page.locator('[data-unit-count]').evaluateAll((els) => els.map((e) => [e.closest<HTMLElement>('[data-province-id]')!.dataset['provinceId']!, Number(e.getAttribute('data-unit-count'))] as const));
    expect(labels.length).toBeGreaterThan(10);
    for (const [id, n] of labels) expect(n, id).toBe(expected.get(id));
    // The legend's classes cover every count.
    const classes = await page.getByTestId('choropleth-legend').locator('li[data-max]').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-min')), Number(e.getAttribute('data-max'))]));
    for (const n of expected.values()) expect(classes.some(([min, max]) => n >= min! && n <= max!), String(n)).toBe(true);

    // The busiest unit, from the keyboard: Enter filters the dashboard to it.
    const [busiest] = [...expected].sort((a, b) => b[1] - a[1]);
    await list.locator(`button[data-unit-id="${busiest![0]}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`place=${busiest![0]}`));
    await expect(page).toHaveURL(/map=provinces/);
    await expect(list.locator(`button[data-unit-id="${busiest![0]}"]`)).toHaveAttribute('aria-pressed', 'true');
  });

  test('a click on a unit on the map filters to it; Back undoes it; the switch goes back to circles', async ({ page }) => {
    await openMap(page, '/?map=provinces');
    const before = page.url();
    // Liaoning holds the CATL–Fangda agreement: click where its name is (labels let the pointer through).
    await page.getByRole('region', { name: 'Places on the map' }).locator('button[data-unit-id="210000"]').waitFor();
    const box = (await page.locator('[data-province-id="210000"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/place=210000/);
    await page.goBack();
    await expect(page).toHaveURL(before);
    await page.getByRole('button', { name: 'Circles at places' }).click();
    await expect(page).not.toHaveURL(/map=provinces/);
    await expect(page.getByTestId('choropleth-legend')).toHaveCount(0);
  });
});

test.describe('labels never collide', () => {
  for (const [what, url] of [
    ['the curated dataset, national view', '/'],
    ['the curated dataset in Chinese', '/?lang=zh'],
    ['10,000 initiatives, national view', '/?dataset=synthetic/n10000-s1'],
    ['10,000 initiatives, shaded', '/?dataset=synthetic/n10000-s1&map=provinces'],
  ] as const) {
    test(what, async ({ page }) => {
      await openMap(page, url);
      if (url === '/' || url === '/?lang=zh') {
        await page.getByRole('button', { name: /^(All of China|全国范围)$/ }).click();
        await settle(page);
      }
      expect(await overlappingLabels(page)).toEqual([]);
      // Taiwan, Hong Kong and Macao are always named on a national view.
      for (const id of ['710000', '810000', '820000']) await expect(page.locator(`[data-province-id="${id}"]`)).toBeVisible();
    });
  }

  test.describe('Taiwan, Hong Kong and Macao are named beside themselves, never over the mainland, on a 1366x768 projector', () => {
    test.use({ viewport: { width: 1366, height: 768 } });
    for (const [what, url] of [
      ['the nationwide scene', '/?present=curated&scene=4&lang=en'],
      ['the nationwide scene in Chinese', '/?present=curated&scene=4&lang=zh'],
      ['10,000 initiatives, shaded', '/?dataset=synthetic/n10000-s1&map=provinces'],
    ] as const) {
      test(what, async ({ page }) => {
        await openMap(page, url);
        // (Polled: a scene's flight may still be under way when the map first looks still.)
        await expect.poll(() => overlappingLabels(page), { timeout: 10_000 }).toEqual([]);
        await expect.poll(() => namesAwayFromTheirUnits(page), { timeout: 10_000 }).toEqual([]);
      });
    }
  });

  test('the overview scene names both of its places on a 1366x768 projector, a name off a corner of its circle where the sides are taken', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openMap(page, '/?present=curated&scene=1&lang=en');
    await expect.poll(() => overlappingLabels(page), { timeout: 10_000 }).toEqual([]);
    await expect(page.locator('.map-place-name', { hasText: 'Zibo' })).toBeVisible();
    await expect(page.locator('.map-place-name', { hasText: 'Suzhou' })).toBeVisible();
  });

  test('10,000 initiatives at province zoom', async ({ page }) => {
    await openMap(page, '/?dataset=synthetic/n10000-s1');
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await settle(page);
    }
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(6);
    // Counts included: each sits in its circle, so no two counts meeting is part of circles not overlapping
    // (which tests/views/map/map-clusters.test.ts checks exactly, at every zoom).
    expect(await page.locator('.map-marker-count').count()).toBeGreaterThan(5);
    expect(await overlappingLabels(page)).toEqual([]);
  });
});

test.describe('wheel zoom', () => {
  test('one mouse-wheel notch, flick or trackpad swipe zooms one level', async ({ page }) => {
    await openMap(page, '/');
    const box = (await canvas(page).boundingBox())!;
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(middle.x, middle.y);
    const start = await zoomOf(page);
    // A real notch.
    await page.mouse.wheel(0, -100);
    await settle(page);
    expect(await zoomOf(page)).toBe(start + 1);
    await page.waitForTimeout(400);
    // A flick (five notches 30 ms apart) and a trackpad swipe (forty small deltas 16 ms apart, about
    // 650 ms, longer than a zoom animation), dispatched in the page. A busy machine can stall the page
    // past the pause that ends a gesture: the events then make two gestures (or a last one too small to
    // zoom), and what is right is what the gesture model says of the events as the page timed them.
    // So the page reports each event's time, and the steps expected are worked out from those.
    const gesture = async (deltas: number[], gapMs: number) => {
      const times = await page.evaluate(
        async ({ deltas, gapMs, x, y }) => {
          const target = document.querySelector('.map-canvas')!;
          const stamps: number[] = [];
          for (const deltaY of deltas) {
            const event = new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true });
            stamps.push(event.timeStamp);
            target.dispatchEvent(event);
            await new Promise((resolve) => setTimeout(resolve, gapMs));
          }
          return stamps;
        },
        { deltas, gapMs, ...middle },
      );
      const model = createWheelGesture();
      const steps = deltas.map((delta, i) => model.onWheel(times[i]!, delta)).filter((step) => step !== null);
      return steps;
    };
    const flicks = await gesture([-100, -100, -100, -100, -100], 30);
    expect(flicks.every((step) => step === 1)).toBe(true);
    await settle(page);
    expect(await zoomOf(page)).toBe(start + 1 + flicks.length);
    await page.waitForTimeout(400);
    const swipes = await gesture(Array.from({ length: 40 }, () => 6), 16);
    expect(swipes.every((step) => step === -1)).toBe(true);
    await settle(page);
    const afterFlick = start + 1 + flicks.length;
    if (swipes.length === 1) expect(await zoomOf(page)).toBe(afterFlick - 1);
    else {
      // Split by a stall into gestures that overlap the map's zoom animation: out by at least half a
      // level and by no more than a level a gesture (a handler zooming per event would go 40).
      expect(await zoomOf(page)).toBeLessThanOrEqual(afterFlick - 0.5);
      expect(await zoomOf(page)).toBeGreaterThanOrEqual(afterFlick - swipes.length);
    }
    // On a quiet machine each was one gesture (a handler zooming per event would have gone several levels).
    test.info().annotations.push({ type: 'gestures', description: `flick ${flicks.length}, swipe ${swipes.length}` });
  });
});
