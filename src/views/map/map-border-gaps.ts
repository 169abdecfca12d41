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

/**
 * A cell's number from its column and row (each well within ±2^15 for degrees over cells of 0.01°
 * or more): a number key, not a "x,y" string, since a string is built for every vertex otherwise.
 */
const cellKey = (column: number, row: number) => (column + 32768) * 65536 + (row + 32768);

/** A grid of points for "is there a point within d degrees?" queries. */
function buildGrid(rings: Position[][], cell: number): Map<number, Position[]> {
  const grid = new Map<number, Position[]>();
  for (const ring of rings) {
    for (const point of ring) {
      const key = cellKey(Math.floor(point[0]! / cell), Math.floor(point[1]! / cell));
      const bucket = grid.get(key);
      if (bucket) bucket.push(point);
      else grid.set(key, [point]);
    }
  }
  return grid;
}

function hasPointNear(grid: Map<number, Position[]>, cell: number, point: Position, distance: number): boolean {
  const x = point[0] ?? 0;
  const y = point[1] ?? 0;
  const cx = Math.floor(x / cell);
  const cy = Math.floor(y / cell);
  const limit = distance * distance;
  for (let i = cx - 1; i <= cx + 1; i++) {
    for (let j = cy - 1; j <= cy + 1; j++) {
      const bucket = grid.get(cellKey(i, j));
      if (!bucket) continue;
      for (const near of bucket) {
        const dx = (near[0] ?? 0) - x;
        const dy = (near[1] ?? 0) - y;
        if (dx * dx + dy * dy <= limit) return true;
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
