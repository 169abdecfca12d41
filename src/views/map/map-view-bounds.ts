import type { Map as LeafletMap } from 'leaflet';
import type { Bounds } from './map-basemap';

/** What a Leaflet map shows now, as [[south, west], [north, east]] degrees. */
export function viewBounds(map: LeafletMap): Bounds {
  const b = map.getBounds();
  return [
    [b.getSouth(), b.getWest()],
    [b.getNorth(), b.getEast()],
  ];
}
