/**
 * Where to put a region's name: the point of its largest polygon farthest from any edge (the
 * "pole of inaccessibility", after mapbox/polylabel), searched in Web Mercator so it looks central
 * on a Leaflet map. Coordinates are GeoJSON order, [lon, lat] in degrees.
 */

type Ring = number[][];
type PolygonRings = Ring[];

const DEG = Math.PI / 180;
/** Mercator y in degree-like units, so x (longitude) and y share one scale. */
const toMercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) / DEG;
const fromMercatorY = (y: number) => (2 * Math.atan(Math.exp(y * DEG)) - Math.PI / 2) / DEG;

function project(polygon: PolygonRings): PolygonRings {
  return polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon, toMercatorY(lat)]));
}

function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    twice += xj * yi - xi * yj;
  }
  return Math.abs(twice) / 2;
}

function segmentDistanceSquared(px: number, py: number, a: number[], b: number[]): number {
  let [x, y] = [a[0]!, a[1]!];
  let [dx, dy] = [b[0]! - x, b[1]! - y];
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = [b[0]!, b[1]!];
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  [dx, dy] = [px - x, py - y];
  return dx * dx + dy * dy;
}

/** Signed distance from the point to the polygon outline: positive inside, negative outside. */
function signedDistance(x: number, y: number, polygon: PolygonRings): number {
  let inside = false;
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
      min = Math.min(min, segmentDistanceSquared(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  /** The best distance any point in this cell could have. */
  potential: number;
}

function makeCell(x: number, y: number, half: number, polygon: PolygonRings): Cell {
  const distance = signedDistance(x, y, polygon);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

function poleOfInaccessibility(polygon: PolygonRings, precision: number): [number, number] {
  const outer = polygon[0] ?? [];
  const xs = outer.map((p) => p[0]!);
  const ys = outer.map((p) => p[1]!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  const half = size / 2;
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + half, y + half, half, polygon));
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0, polygon);
  while (queue.length > 0) {
    // Note: a linear scan is fine here: a province yields a few hundred cells at most.
    let top = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.potential > queue[top]!.potential) top = i;
    const cell = queue.splice(top, 1)[0]!;
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const h = cell.half / 2;
    for (const [dx, dy] of [[-h, -h], [h, -h], [-h, h], [h, h]] as const) queue.push(makeCell(cell.x + dx, cell.y + dy, h, polygon));
  }
  return [best.x, best.y];
}

/** The label point of a (multi)polygon and its total area in Mercator square degrees. */
export function findLabelPoint(polygons: PolygonRings[], precision = 0.05): { lat: number; lon: number; area: number } {
  const projected = polygons.map(project);
  const areas = projected.map((polygon) => ringArea(polygon[0] ?? []));
  let largest = 0;
  areas.forEach((area, i) => {
    if (area > areas[largest]!) largest = i;
  });
  const polygon = projected[largest];
  if (!polygon) return { lat: 0, lon: 0, area: 0 };
  const [x, y] = poleOfInaccessibility(polygon, precision);
  return { lon: x, lat: fromMercatorY(y), area: areas.reduce((sum, a) => sum + a, 0) };
}
