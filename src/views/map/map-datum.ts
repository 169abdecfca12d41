import gcoord from 'gcoord';
import type { FeatureCollection, Geometry } from 'geojson';

/**
 * The datum the map is drawn in. Our basemap and gazetteer are WGS-84 (as are OpenStreetMap and
 * Tianditu tiles, CGCS2000 being within centimetres of it); Amap tiles are GCJ-02, so on Amap
 * everything we draw is shifted to GCJ-02 to sit on the right street.
 */
export type Datum = 'WGS84' | 'GCJ02';

/** [lat, lon] in WGS-84 -> [lat, lon] in the display datum. */
export function toDatum(datum: Datum, lat: number, lon: number): [number, number] {
  if (datum === 'WGS84') return [lat, lon];
  const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return [y, x];
}

/** A copy of the collection in the display datum (gcoord changes GeoJSON in place, so it gets a clone). */
export function collectionToDatum<G extends Geometry, P>(datum: Datum, collection: FeatureCollection<G, P>): FeatureCollection<G, P> {
  if (datum === 'WGS84') return collection;
  const copy = structuredClone(collection);
  // gcoord declares its own GeoJSON types (positions as tuples); ours are the same objects.
  gcoord.transform(copy as unknown as Parameters<typeof gcoord.transform>[0], gcoord.WGS84, gcoord.GCJ02);
  return copy;
}
