import type { Bounds } from './map-basemap';

/** Everything China claims, from Mohe in the north to the Zengmu Reef (James Shoal) in the south. */
export const CHINA_BOUNDS: Bounds = [
  [3.4, 73.4],
  [53.6, 135.1],
];

/** The smallest box around the points and boxes; null when there are none. */
export function unionBounds(points: ReadonlyArray<readonly [number, number]>, boxes: readonly Bounds[] = []): Bounds | null {
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = (lat: number, lon: number) => {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  };
  for (const [lat, lon] of points) extend(lat, lon);
  for (const [[s, w], [n, e]] of boxes) {
    extend(s, w);
    extend(n, e);
  }
  if (south === Infinity) return null;
  return [
    [south, west],
    [north, east],
  ];
}

/** Grows a box so a lone point or a thin line of points still opens at a sensible zoom (minimum span in degrees). */
export function padBounds([[south, west], [north, east]]: Bounds, minSpan: number): Bounds {
  const padLat = Math.max(0, (minSpan - (north - south)) / 2);
  const padLon = Math.max(0, (minSpan - (east - west)) / 2);
  return [
    [south - padLat, west - padLon],
    [north + padLat, east + padLon],
  ];
}

/**
 * Circle radius in pixels for a count: area grows with the count (radius with its square root),
 * from `min` for one initiative to `max` for the largest count drawn.
 */
export function markerRadius(count: number, maxCount: number, min = 7, max = 26): number {
  if (maxCount <= 1) return min;
  return min + (max - min) * Math.sqrt((Math.max(1, count) - 1) / (maxCount - 1));
}
