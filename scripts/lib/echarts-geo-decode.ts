import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** echarts 4 `map/json/*.json`: rings are strings of zig-zag, delta-encoded, quantised pairs. */
interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[] | string[][];
  encodeOffsets: [number, number][] | [number, number][][];
}

export interface EchartsGeoJson {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: { type: 'Feature'; id?: string; properties: { id?: string; name: string }; geometry: EncodedGeometry }[];
}

export interface EchartsRegion {
  id: string;
  name: string; // short Chinese name, e.g. "江苏"
}

/** Port of echarts 4 `coord/geo/parseGeoJson.js` decodePolygon; returns a closed ring. */
export function decodeRing(encoded: string, offset: readonly [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1); // zig-zag decoding, then delta decoding
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
    ring.push([...first]);
  }
  return ring;
}

function decodeGeometry(geometry: EncodedGeometry, scale: number): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates as string[];
    const offsets = geometry.encodeOffsets as [number, number][];
    return { type: 'Polygon', coordinates: rings.map((r, i) => decodeRing(r, offsets[i] ?? [0, 0], scale)) };
  }
  const polygons = geometry.coordinates as string[][];
  const offsets = geometry.encodeOffsets as [number, number][][];
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings, p) => rings.map((r, i) => decodeRing(r, offsets[p]?.[i] ?? [0, 0], scale))),
  };
}

/** Decodes an echarts 4 map file into plain GeoJSON (lon/lat degrees, datum unchanged). */
export function decodeEchartsGeoJson(json: EchartsGeoJson): FeatureCollection<Polygon | MultiPolygon, EchartsRegion> {
  const scale = json.UTF8Scale ?? 1024;
  const features = json.features.map((f): Feature<Polygon | MultiPolygon, EchartsRegion> => ({
    type: 'Feature',
    properties: { id: f.properties.id ?? f.id ?? '', name: f.properties.name },
    geometry: json.UTF8Encoding === true ? decodeGeometry(f.geometry, scale) : (f.geometry as unknown as Polygon | MultiPolygon),
  }));
  return { type: 'FeatureCollection', features };
}
