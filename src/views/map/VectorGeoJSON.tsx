import type { Renderer } from 'leaflet';
import { GeoJSON, type GeoJSONProps } from 'react-leaflet';

type Props = GeoJSONProps & {
  renderer: Renderer;
  /** Simplification tolerance in pixels (Polyline option). */
  smoothFactor?: number;
};

/**
 * `<GeoJSON>` drawn by a given renderer. Leaflet hands a GeoJSON layer's options on to every path
 * it creates (GeoJSON.geometryToLayer), so `renderer` and `smoothFactor` work here though
 * GeoJSONOptions does not declare them.
 */
export function VectorGeoJSON(props: Props) {
  return <GeoJSON {...(props as GeoJSONProps)} />;
}
