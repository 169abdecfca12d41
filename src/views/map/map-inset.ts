import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geometryBounds, type Basemap, type Bounds } from './map-basemap';
import { boundsIntersect, mercatorY } from './map-geometry';

/**
 * The South China Sea inset (南海诸岛) of national views, as official Chinese maps draw it in the
 * lower right: the sea from the Guangdong coast to the Zengmu Reef, with the islands and the
 * ten-dash line, at a smaller scale than the main map. [[south, west], [north, east]], degrees.
 */
export const INSET_BOUNDS: Bounds = [
  [2.8, 106.2],
  [24.2, 122.8],
];

/** The inset's distance from the map's lower right corner (map.css .map-inset), in pixels. */
export const INSET_MARGIN = 10;

/** The inset's width: a share of the map's, within what stays legible and out of the way. */
export function insetWidth(mapWidth: number): number {
  return Math.round(Math.max(130, Math.min(240, mapWidth * 0.17)));
}

/**
 * Where the inset sits in the map's container (pixels), caption and frame included, to keep labels
 * off it; null when the view does not need it. The caption is two lines at most (map.css).
 */
export function insetFrame(mapSize: { x: number; y: number }, bounds: Bounds, textScale: number): { left: number; top: number; width: number; height: number } | null {
  if (mapSize.x === 0 || !needsInset(bounds)) return null;
  const width = insetWidth(mapSize.x) + 3;
  const height = insetProjection(width - 3).height + Math.ceil((13 + 2 * 11) * 1.15 * textScale) + 10;
  return { left: mapSize.x - INSET_MARGIN - width, top: mapSize.y - INSET_MARGIN - height, width, height };
}

/** A view at least this wide (degrees of longitude) shows most of the country: a national view. */
const NATIONAL_SPAN = 30;

/**
 * Whether a view ([[south, west], [north, east]]) is national and needs the inset: wide enough to
 * show most of the country, and not already showing the whole South China Sea itself.
 */
export function needsInset([[south, west], [north, east]]: Bounds): boolean {
  if (east - west < NATIONAL_SPAN) return false;
  const [[s, w], [n, e]] = INSET_BOUNDS;
  const seaInView = south <= s && west <= w && north >= n && east >= e;
  return !seaInView;
}

export interface InsetProjection {
  width: number;
  height: number;
  project(lon: number, lat: number): [number, number];
}

/** A Mercator projection of INSET_BOUNDS onto a box `width` pixels wide (its height follows). */
export function insetProjection(width: number, bounds: Bounds = INSET_BOUNDS): InsetProjection {
  const [[south, west], [north, east]] = bounds;
  const x0 = (west * Math.PI) / 180;
  const scale = width / (((east - west) * Math.PI) / 180);
  const yTop = mercatorY(north);
  const height = Math.round((yTop - mercatorY(south)) * scale);
  return {
    width,
    height,
    project: (lon, lat) => [((lon * Math.PI) / 180 - x0) * scale, (yTop - mercatorY(lat)) * scale],
  };
}

/** The box of a polygon's outer ring. */
const ringBounds = (ring: Position[]): Bounds => geometryBounds({ type: 'Polygon', coordinates: [ring] });

/** Two decimals are a hundredth of a pixel: plenty, and short. */
const px = (value: number) => Math.round(value * 10) / 10;

/**
 * The SVG path of a polygon layer, rings outside the inset left out and points closer than
 * `minStep` pixels to the last one kept dropped (a thumbnail needs few of them).
 */
export function insetPath(geometry: Polygon | MultiPolygon, projection: InsetProjection, bounds: Bounds = INSET_BOUNDS, minStep = 0.6): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts: string[] = [];
  for (const polygon of polygons) {
    if (polygon[0] === undefined || !boundsIntersect(ringBounds(polygon[0]), bounds)) continue;
    for (const ring of polygon) {
      let last: [number, number] | null = null;
      const points: string[] = [];
      ring.forEach(([lon = 0, lat = 0], i) => {
        const [x, y] = projection.project(lon, lat);
        const final = i === ring.length - 1;
        if (last && !final && Math.hypot(x - last[0], y - last[1]) < minStep) return;
        last = [x, y];
        points.push(`${px(x)},${px(y)}`);
      });
      if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

export interface InsetLayers {
  neighbours: string;
  provinces: string;
  islands: string;
  /** Centres of the island parts in pixels: at this scale most islands are smaller than a pixel, so each gets a dot. */
  islandDots: Array<[number, number]>;
  dashes: string;
}

function pathOf<P>(features: ReadonlyArray<Feature<Polygon | MultiPolygon, P>>, projection: InsetProjection, keep: (f: Feature<Polygon | MultiPolygon, P>) => boolean = () => true): string {
  return features
    .filter(keep)
    .map((f) => insetPath(f.geometry, projection))
    .join('');
}

/** The inset's paths, from the same basemap layers as the main map. */
export function insetLayers(basemap: Pick<Basemap, 'countries' | 'provinces' | 'southChinaSea'>, projection: InsetProjection): InsetLayers {
  return {
    neighbours: pathOf(basemap.countries.features, projection),
    provinces: pathOf(basemap.provinces.features, projection),
    islands: pathOf(basemap.southChinaSea.features, projection, (f) => f.properties.kind === 'islands'),
    islandDots: basemap.southChinaSea.features
      .filter((f) => f.properties.kind === 'islands')
      .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
      .map((polygon): [number, number] => {
        const [[south, west], [north, east]] = ringBounds(polygon[0] ?? []);
        const [x, y] = projection.project((west + east) / 2, (south + north) / 2);
        return [px(x), px(y)];
      }),
    dashes: pathOf(basemap.southChinaSea.features, projection, (f) => f.properties.kind === 'dash'),
  };
}
