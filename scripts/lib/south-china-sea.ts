import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { isPointInGeometry } from './point-in-polygon';

export interface SeaPartProperties {
  kind: 'dash' | 'islands';
  nameZh: string;
  nameEn: string;
}

function ringArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice / 2);
}

function ringPerimeter(ring: readonly Position[]): number {
  let length = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    length += Math.hypot(x1 - x0, y1 - y0);
  }
  return length;
}

/** 4*pi*area/perimeter^2: 1 for a circle; the dashes (long thin polygons) score about 0.05. */
export function compactness(ring: readonly Position[]): number {
  const perimeter = ringPerimeter(ring);
  return perimeter === 0 ? 0 : (4 * Math.PI * ringArea(ring)) / perimeter ** 2;
}

function centreOf(ring: readonly Position[]): [number, number] {
  const lons = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** Island groups by published extent ([lon, lat] centre of the part). */
function nameIslands([lon, lat]: [number, number]): Pick<SeaPartProperties, 'nameZh' | 'nameEn'> | null {
  if (lat > 19.5 && lat < 21.5 && lon > 115.5 && lon < 117.5) return { nameZh: '东沙群岛', nameEn: 'Dongsha Islands' };
  if (lat > 15.5 && lat < 17.5 && lon > 111 && lon < 113) return { nameZh: '西沙群岛', nameEn: 'Xisha Islands' };
  if (lat > 3 && lat < 12 && lon > 109 && lon < 118) return { nameZh: '南沙群岛', nameEn: 'Nansha Islands' };
  return null;
}

export interface SeaSplit {
  parts: Feature<Polygon, SeaPartProperties>[];
  skipped: string[]; // parts left out, with the reason
}

/**
 * Picks from the world layer's China MultiPolygon the parts that the province layer lacks:
 * the ten dashes and the South China Sea island groups. Parts already drawn by a province
 * (mainland, Hainan, Taiwan) and islands north of 23 N (Diaoyu, drawn in 710000) are skipped.
 */
export function splitSouthChinaSea(
  china: MultiPolygon,
  provinces: readonly (Polygon | MultiPolygon)[],
): SeaSplit {
  const parts: Feature<Polygon, SeaPartProperties>[] = [];
  const skipped: string[] = [];
  china.coordinates.forEach((rings, index) => {
    const outer = rings[0] ?? [];
    const [lon, lat] = centreOf(outer);
    const where = `part ${index} at ${lat.toFixed(2)} N ${lon.toFixed(2)} E`;
    if (compactness(outer) < 0.1) {
      const properties: SeaPartProperties = { kind: 'dash', nameZh: '南海断续线', nameEn: 'South China Sea dashed line' };
      parts.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: rings } });
      return;
    }
    if (provinces.some((g) => isPointInGeometry(lon, lat, g))) {
      skipped.push(`${where}: inside a province polygon`);
      return;
    }
    const names = nameIslands([lon, lat]);
    if (names === null) {
      skipped.push(`${where}: not a South China Sea island group, left to the province layer`);
      return;
    }
    parts.push({ type: 'Feature', properties: { kind: 'islands', ...names }, geometry: { type: 'Polygon', coordinates: rings } });
  });
  return { parts, skipped };
}
