import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The provinces (ECharts) and the neighbouring countries (Natural Earth) come from different
 * sources, so along China's land borders they leave slivers of up to ~10 km that would show as
 * sea. This finds the stretches of the neighbours' outlines that run near a province outline;
 * stroked wide in the neighbours' land colour under the basemap, they fill the slivers without
 * fattening any coastline far from China.
 */

type Areas = FeatureCollection<Polygon | MultiPolygon, unknown>;

function ringsOf(collection: Areas): Position[][] {
  return collection.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()));
}

/** A grid of points for "is there a point within d degrees?" queries. */
function buildGrid(rings: Position[][], cell: number): Map<string, Position[]> {
  const grid = new Map<string, Position[]>();
  for (const ring of rings) {
    for (const point of ring) {
      const key = `${Math.floor(point[0]! / cell)},${Math.floor(point[1]! / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(point);
      else grid.set(key, [point]);
    }
  }
  return grid;
}

function hasPointNear(grid: Map<string, Position[]>, cell: number, [x = 0, y = 0]: Position, distance: number): boolean {
  const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
  for (let i = cx - 1; i <= cx + 1; i++) {
    for (let j = cy - 1; j <= cy + 1; j++) {
      for (const [px = 0, py = 0] of grid.get(`${i},${j}`) ?? []) {
        if ((px - x) ** 2 + (py - y) ** 2 <= distance * distance) return true;
      }
    }
  }
  return false;
}

/**
 * Runs of the neighbours' outlines with a vertex within `distance` degrees of a province vertex
 * (a segment counts when either end is near). Coordinates [lon, lat] in degrees.
 */
export function findBorderGapLines(countries: Areas, provinces: Areas, distance = 0.15): FeatureCollection<MultiLineString> {
  const grid = buildGrid(ringsOf(provinces), distance);
  const lines: Position[][] = [];
  for (const ring of ringsOf(countries)) {
    const near = ring.map((point) => hasPointNear(grid, distance, point, distance));
    let run: Position[] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      if (near[i] || near[i + 1]) {
        if (run.length === 0) run.push(ring[i]!);
        run.push(ring[i + 1]!);
      } else if (run.length) {
        lines.push(run);
        run = [];
      }
    }
    if (run.length) lines.push(run);
  }
  const feature: Feature<MultiLineString> = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
  return { type: 'FeatureCollection', features: lines.length ? [feature] : [] };
}

/**
 * Stroke width in pixels that covers a gap of `gapKm` on each side of the line at `zoom`
 * (Web Mercator at latitude `lat`), capped so it stays cheap to draw.
 */
export function gapStrokeWidth(zoom: number, gapKm = 10, lat = 35, max = 160): number {
  const metresPerPixel = (156_543.03 * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom;
  return Math.min(max, Math.max(2, Math.ceil((2 * gapKm * 1000) / metresPerPixel)));
}
