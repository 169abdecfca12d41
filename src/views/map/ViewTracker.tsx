import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { useTranslation } from 'react-i18next';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapCamera } from '../../store/view-state';

export interface MapViewState {
  zoom: number;
  /** Bumped on every zoom end and view reset: layer points have moved. */
  version: number;
}

/** Writes the view to data attributes (for browser tests and bench scripts) and reports zoom changes. */
function writeViewAttributes(container: HTMLElement, zoom: number, lat: number, lng: number) {
  container.dataset['zoom'] = String(zoom);
  // [lat, lon] in degrees, Leaflet order
  container.dataset['center'] = `${lat.toFixed(6)},${lng.toFixed(6)}`;
}

interface Props {
  onChange(update: (view: MapViewState) => MapViewState): void;
  /** Gets where the map is after every move, so a scene can save it and presenting can put it back. */
  onMoved(camera: MapCamera): void;
  /** Called once the map exists, to set the opening view (fit the data). */
  onReady(map: LeafletMap): void;
}

/** Where the map is, as the store keeps it (bounds in [[south, west], [north, east]]). */
function cameraOf(map: LeafletMap): MapCamera {
  const bounds = map.getBounds();
  const { lat, lng } = map.getCenter();
  return {
    bounds: [
      [bounds.getSouth(), bounds.getWest()],
      [bounds.getNorth(), bounds.getEast()],
    ],
    center: [lat, lng],
    zoom: map.getZoom(),
  };
}

export function ViewTracker({ onChange, onMoved, onReady }: Props) {
  const map = useMap();
  const { t } = useTranslation();
  const onMovedRef = useRef(onMoved);
  // A layout effect, so the opening view's report below (also one) calls this render's callback.
  useLayoutEffect(() => {
    onMovedRef.current = onMoved;
  });
  const ready = useRef(onReady);
  useLayoutEffect(
    function openingView() {
      ready.current(map);
    },
    [map],
  );
  // Before the first paint, as the opening view itself is: the markers are clustered for the zoom
  // the map opens at, not drawn first for the default zoom and redrawn a frame later.
  useLayoutEffect(
    function labelContainer() {
      const container = map.getContainer();
      const { lat, lng } = map.getCenter();
      writeViewAttributes(container, map.getZoom(), lat, lng);
      onChange((view) => ({ zoom: map.getZoom(), version: view.version + 1 }));
      // The opening view was set before the move listeners below were attached: report it too,
      // so presenting can put the map back even when the analyst never moved it.
      onMovedRef.current(cameraOf(map));
    },
    [map, onChange],
  );
  useEffect(
    function nameContainer() {
      // Leaflet's container is not React's: its name is set here, again when the language changes.
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-roledescription', t('map.canvas.roledescription'));
      container.setAttribute('aria-label', t('map.canvas.label'));
    },
    [map, t],
  );
  useEffect(
    function followContainerSize() {
      // Leaflet only watches the window; panels change size on their own (lead panel, presenting).
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => map.invalidateSize({ debounceMoveend: true }));
      observer.observe(map.getContainer());
      return () => observer.disconnect();
    },
    [map],
  );
  useMapEvents({
    // data-moving: set from the start of a pan, zoom or flight to its end (tests wait on it).
    movestart: () => {
      map.getContainer().dataset['moving'] = 'true';
    },
    zoomstart: () => map.getContainer().classList.add('map-zooming'),
    zoomend: () => {
      map.getContainer().classList.remove('map-zooming');
      onChange((view) => ({ zoom: map.getZoom(), version: view.version + 1 }));
    },
    viewreset: () => onChange((view) => ({ zoom: map.getZoom(), version: view.version + 1 })),
    moveend: () => {
      delete map.getContainer().dataset['moving'];
      const { lat, lng } = map.getCenter();
      writeViewAttributes(map.getContainer(), map.getZoom(), lat, lng);
      onMoved(cameraOf(map));
    },
  });
  return null;
}
