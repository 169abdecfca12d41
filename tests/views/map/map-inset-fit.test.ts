// @vitest-environment jsdom
import { Browser, map as leafletMap, point, type Map as LeafletMap } from 'leaflet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_BOUNDS } from '../../../src/views/map/map-geometry';
import { fitClearOfInset } from '../../../src/views/map/map-inset-fit';
import { INSET_MARGIN, insetWidth, needsInset } from '../../../src/views/map/map-inset';

/** Taiwan's label point (the basemap's) and the room 台湾省 takes beside it on a projector. */
const TAIWAN = { lat: 23.5568, lon: 120.8268, room: 100 };

const made: LeafletMap[] = [];
/** A Leaflet map of a given size (jsdom lays nothing out, so the size is given). */
function mapOfSize(width: number, height: number): LeafletMap {
  const element = document.createElement('div');
  document.body.append(element);
  const map = leafletMap(element, { zoomSnap: 0.25, center: [35, 105], zoom: 4 });
  map.getSize = () => point(width, height);
  made.push(map);
  return map;
}
afterEach(() => made.splice(0).forEach((m) => m.remove()));
// Zooms snap to quarter levels as in a browser (Leaflet snaps to whole levels where it finds no CSS 3D transforms, as in jsdom).
const browser = Browser as { any3d: boolean };
const any3d = browser.any3d;
beforeAll(() => (browser.any3d = true));
afterAll(() => (browser.any3d = any3d));

/** Where the inset's left edge is, and where Taiwan and the country's ends are drawn, after the fit. */
function fitted(map: LeafletMap, options: ReturnType<typeof fitClearOfInset>) {
  map.fitBounds(NATIONAL_BOUNDS, { ...options, animate: false });
  const x = (lat: number, lon: number) => map.latLngToContainerPoint([lat, lon]).x;
  const [[south, west], [north, east]] = NATIONAL_BOUNDS;
  const view = map.getBounds();
  return { hasInset: needsInset([[view.getSouth(), view.getWest()], [view.getNorth(), view.getEast()]]), zoom: map.getZoom(), taiwan: x(TAIWAN.lat, TAIWAN.lon), west: x(south, west), east: x(north, east), insetLeft: map.getSize().x - insetWidth(map.getSize().x) - INSET_MARGIN };
}

describe(fitClearOfInset, () => {
  it('leaves a view that is not national as asked', () => {
    const map = mapOfSize(580, 349);
    const options = { padding: [12, 12] as [number, number] };
    expect(fitClearOfInset(map, [[22, 110], [32, 122]], options, TAIWAN)).toBe(options);
  });

  it('moves the country left into the room a wide map leaves, at the same zoom, so Taiwan has its name between it and the inset', () => {
    const map = mapOfSize(580, 349);
    const plain = fitted(map, { padding: [12, 12] });
    const clear = fitted(map, fitClearOfInset(map, NATIONAL_BOUNDS, { padding: [12, 12] }, TAIWAN));
    expect(clear.zoom).toBe(plain.zoom);
    expect(clear.west).toBeGreaterThanOrEqual(12 - 0.5);
    expect(clear.west).toBeLessThan(plain.west - 20);
    expect(clear.east).toBeLessThanOrEqual(580 - 12);
    expect(plain.taiwan + TAIWAN.room).toBeGreaterThan(plain.insetLeft);
    expect(clear.taiwan + TAIWAN.room).toBeLessThanOrEqual(clear.insetLeft);
  });

  it('gives up one zoom step on a map about as wide as the country, where no room is left beside it', () => {
    const map = mapOfSize(580, 456);
    const plain = fitted(map, { padding: [12, 12] });
    const clear = fitted(map, fitClearOfInset(map, NATIONAL_BOUNDS, { padding: [12, 12] }, TAIWAN));
    expect(clear.zoom).toBe(plain.zoom - 0.25);
    expect(clear.hasInset).toBe(true);
    expect(plain.taiwan + TAIWAN.room).toBeGreaterThan(plain.insetLeft);
    expect(clear.taiwan + TAIWAN.room).toBeLessThanOrEqual(clear.insetLeft);
    expect(clear.west).toBeGreaterThanOrEqual(12 - 0.5);
  });

  it('keeps the zoom when one step smaller would show the whole sea on the main map, and so drop the inset', () => {
    const map = mapOfSize(610, 540);
    const plain = fitted(map, { padding: [12, 12] });
    const clear = fitted(map, fitClearOfInset(map, NATIONAL_BOUNDS, { padding: [12, 12] }, TAIWAN));
    expect(plain.hasInset).toBe(true);
    expect(clear.zoom).toBe(plain.zoom);
    expect(clear.hasInset).toBe(true);
    expect(clear.west).toBeLessThan(plain.west);
    // One step smaller, the map would hold the whole sea (the view the fit leaves out).
    map.setZoom(plain.zoom - 0.25, { animate: false });
    const view = map.getBounds();
    expect(needsInset([[view.getSouth(), view.getWest()], [view.getNorth(), view.getEast()]])).toBe(false);
  });

  it('keeps the zoom when even one step smaller would not make the room (a narrow map)', () => {
    const map = mapOfSize(320, 600);
    const plain = fitted(map, { padding: [12, 12] });
    const clear = fitted(map, fitClearOfInset(map, NATIONAL_BOUNDS, { padding: [12, 12] }, { ...TAIWAN, room: 400 }));
    expect(clear.zoom).toBe(plain.zoom);
  });
});
