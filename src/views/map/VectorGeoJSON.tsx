import type { Renderer } from 'leaflet';
import { GeoJSON, type GeoJSONProps } from 'react-leaflet';

type Props = GeoJSONProps & { renderer: Renderer };

/**
 * `<GeoJSON>` drawn by a given renderer. Leaflet hands a GeoJSON layer's options on to every path
 * it creates (GeoJSON.geometryToLayer), so `renderer` works here though GeoJSONOptions does not
 * declare it.
 */
export function VectorGeoJSON(props: Props) {
  return <GeoJSON {...(props as GeoJSONProps)} />;
}
