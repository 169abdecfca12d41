import type { Bounds } from './map-basemap';

/**
 * The main map of a national view, from Mohe in the north to the Xisha Islands (Sansha) in the
 * south; the rest of the South China Sea, down to the Zengmu Reef, is in the 南海诸岛 inset.
 */
export const NATIONAL_BOUNDS: Bounds = [
  [16.2, 73.4],
  [53.6, 135.1],
];

/** Web Mercator y of a latitude, in the units of longitude in radians (y grows northwards). */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/** Web Mercator pixel position [x, y] at a Leaflet zoom level (256-pixel tiles; y grows southwards). */
export function pixelAt(lat: number, lon: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  return [((lon + 180) / 360) * size, (0.5 - mercatorY(lat) / (2 * Math.PI)) * size];
}

/** Whether two boxes share any point (edges included). */
export function boundsIntersect([[s1, w1], [n1, e1]]: Bounds, [[s2, w2], [n2, e2]]: Bounds): boolean {
  return s1 <= n2 && s2 <= n1 && w1 <= e2 && w2 <= e1;
}

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

/** The count printed in a circle: in full below a thousand, compact above (1.4K, 1.2万), so it fits. */
export function markerCountText(f: { count(n: number): string; compact(n: number): string }, n: number): string {
  return n >= 1000 ? f.compact(n) : f.count(n);
}
