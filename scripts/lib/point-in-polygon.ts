import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Even-odd ray cast; [lon, lat] order as in GeoJSON; planar, fine away from the poles. */
export function isPointInRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole of one polygon. */
function isPointInPolygonRings(lon: number, lat: number, rings: readonly Position[][]): boolean {
  const [outer, ...holes] = rings;
  return outer !== undefined && isPointInRing(lon, lat, outer) && !holes.some((h) => isPointInRing(lon, lat, h));
}

export function isPointInGeometry(lon: number, lat: number, geometry: Polygon | MultiPolygon): boolean {
  if (geometry.type === 'Polygon') return isPointInPolygonRings(lon, lat, geometry.coordinates);
  return geometry.coordinates.some((rings) => isPointInPolygonRings(lon, lat, rings));
}
