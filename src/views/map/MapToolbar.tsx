import type { Map as LeafletMap } from 'leaflet';
import type { ReactNode } from 'react';

interface Props {
  map: LeafletMap | null;
  onReset(): void;
  onWholeCountry(): void;
  children?: ReactNode;
}

/** Big, labelled buttons over the map's top-left corner (Leaflet's own zoom control is off). */
export function MapToolbar({ map, onReset, onWholeCountry, children }: Props) {
  return (
    <div className="map-toolbar" role="group" aria-label="Map view">
      <button type="button" className="map-button square" aria-label="Zoom in" title="Zoom in" disabled={!map} onClick={() => map?.zoomIn()}>
        +
      </button>
      <button type="button" className="map-button square" aria-label="Zoom out" title="Zoom out" disabled={!map} onClick={() => map?.zoomOut()}>
        −
      </button>
      <button type="button" className="map-button" disabled={!map} onClick={onReset}>
        Reset view
      </button>
      <button type="button" className="map-button" disabled={!map} onClick={onWholeCountry}>
        All of China
      </button>
      {children}
    </div>
  );
}
