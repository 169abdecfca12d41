import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import gcoord from 'gcoord';

/** One [lon, lat] from GCJ-02 (Chinese web maps) to WGS-84; gcoord leaves points outside China as they are. */
export function gcjToWgs(position: Position): Position {
  const [lon = 0, lat = 0] = position;
  return gcoord.transform<[number, number]>([lon, lat], gcoord.GCJ02, gcoord.WGS84);
}

function shiftGeometry<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(gcjToWgs)) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map((rings) => rings.map((ring) => ring.map(gcjToWgs))) };
}

/** A copy of the collection in WGS-84; same result as gcoord.transform(collection, GCJ02, WGS84). */
export function shiftCollectionToWgs<G extends Polygon | MultiPolygon, P>(
  collection: FeatureCollection<G, P>,
): FeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f): Feature<G, P> => ({ ...f, geometry: shiftGeometry(f.geometry) })),
  };
}
