import { latLngBounds, type FitBoundsOptions, type Map as LeafletMap } from 'leaflet';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Basemap, Bounds } from './map-basemap';
import type { PlaceClusters } from './map-clusters';
import { toDatum, type Datum } from './map-datum';
import { NATIONAL_BOUNDS, padBounds, unionBounds } from './map-geometry';
import { fitClearOfInset, type TaiwanName } from './map-inset-fit';
import type { MapPlaces, PlaceGroup } from './map-places';
import type { MapFocus } from '../../store/view-state';

interface Options {
  map: LeafletMap | null;
  basemap: Basemap | null;
  places: MapPlaces;
  datum: Datum;
  /** Where the selected initiative is, to bring it into view when it is selected elsewhere. */
  selectedAt: PlacesOf | null;
  /** A requested extent in WGS-84 (a presentation scene); flown to whenever its key changes. */
  focus: MapFocus | null;
  /** Taiwan's name on a national view (WGS-84 point, width): national fits leave it room beside the island. */
  taiwanName: TaiwanName | null;
}

/** The places of one initiative, as locateInitiative gives them. */
export interface PlacesOf {
  cities: ReadonlySet<string>;
  provinces: ReadonlySet<string>;
  nationwide: boolean;
}

const FIT: FitBoundsOptions = { padding: [40, 40], maxZoom: 7 };
/** A lone place opens at about this span (degrees), not at street level. */
const MIN_SPAN = 3;
/** How long after a scene asks for a move the selection's own framing stays out of its way. */
const FOCUS_GUARD_MS = 1500;
/** Zoomed to a place, at least this close: a province-sized view around it. */
const PLACE_ZOOM = 8;
/** How many frames (about three seconds) a requested move waits for a map with no size. */
const SIZE_WAIT_FRAMES = 180;

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Moves the map: fit the data, the whole country, a place; animated unless the user prefers less motion. */
export function useMapCamera({ map, basemap, places, datum, selectedAt, focus, taiwanName }: Options) {
  const camera = useMemo(() => {
    // A map with no size (hidden, or jsdom) has no view to move: Leaflet would compute NaN.
    const sized = (m: LeafletMap | null): m is LeafletMap => m !== null && m.getSize().x > 0 && m.getSize().y > 0;
    const at = (group: PlaceGroup) => toDatum(datum, group.place.lat, group.place.lon);
    const [taiwanLat, taiwanLon] = taiwanName ? toDatum(datum, taiwanName.lat, taiwanName.lon) : [0, 0];
    const taiwan = taiwanName ? { lat: taiwanLat, lon: taiwanLon, room: taiwanName.room } : null;
    const clearOfInset = (target: LeafletMap, bounds: Bounds, options: FitBoundsOptions) => fitClearOfInset(target, bounds, options, taiwan);
    const boundsOf = (cities: Iterable<string>, provinces: Iterable<string>): Bounds | null => {
      const points = [...cities].map((id) => places.cities.find((g) => g.id === id)).filter((g): g is PlaceGroup => g !== undefined).map(at);
      const boxes = [...provinces].map((id) => basemap?.provinceBounds.get(id)).filter((b): b is Bounds => b !== undefined);
      return unionBounds(points, boxes);
    };
    const fly = (bounds: Bounds, options: FitBoundsOptions) => {
      if (!sized(map)) return;
      // Leaflet keeps the size it last measured; a panel that has just been laid out may have changed it
      // (or hidden the map: then there is no view to move).
      map.invalidateSize({ pan: false });
      if (!sized(map)) return;
      const fit = clearOfInset(map, bounds, options);
      if (reducedMotion()) map.fitBounds(bounds, fit);
      else map.flyToBounds(bounds, { ...fit, duration: 0.8 });
    };
    const zoomTo = (lat: number, lon: number, zoom: number) => {
      if (!sized(map)) return;
      if (reducedMotion()) map.setView([lat, lon], zoom);
      else map.flyTo([lat, lon], zoom, { duration: 0.8 });
    };
    const homeBounds = (): Bounds => {
      const bounds = boundsOf(
        places.cities.map((g) => g.id),
        places.provinces.map((g) => g.id),
      );
      return bounds ? padBounds(bounds, MIN_SPAN) : NATIONAL_BOUNDS;
    };
    /** What frames an initiative: its cities (with room around them), its provinces' shapes, the whole country when it is nationwide. */
    const frameOf = (at: PlacesOf): Bounds | null => {
      if (at.nationwide) return NATIONAL_BOUNDS;
      const bounds = boundsOf(at.cities, at.provinces);
      return bounds ? padBounds(bounds, MIN_SPAN) : null;
    };
    return {
      sized,
      fly,
      clearOfInset,
      /** [lat, lon] in WGS-84 to the drawn datum. */
      toDrawn: (lat: number, lon: number) => toDatum(datum, lat, lon),
      homeBounds,
      /**
       * Fits the data without animation: the opening view (called before `map` reaches this hook).
       * The map is made at zoom 4, so a fit to another zoom would otherwise be animated, and the
       * first frames would show the markers clustered for zoom 4 while it ran.
       */
      fitHome: (target: LeafletMap) => {
        if (!sized(target)) return;
        const bounds = homeBounds();
        target.fitBounds(bounds, { ...clearOfInset(target, bounds, FIT), animate: false });
      },
      boundsOf,
      frameOf,
      reset: () => fly(homeBounds(), FIT),
      wholeCountry: () => fly(NATIONAL_BOUNDS, { padding: [16, 16] }),
      zoomTo,
      /** Brings a place into view: zooms in when it is hidden in a cluster, pans when it is off screen. */
      showPlace(group: PlaceGroup, clusters: PlaceClusters, zoom: number) {
        if (!sized(map)) return;
        if (group.kind === 'province') {
          const box = basemap?.provinceBounds.get(group.id);
          if (box && !map.getBounds().intersects(latLngBounds(box))) fly(box, FIT);
          return;
        }
        const [lat, lon] = at(group);
        const holder = clusters.itemsAt(zoom).find((item) => (item.kind === 'place' ? item.group.id === group.id : item.placeIds.includes(group.id)));
        if (holder && holder.kind === 'cluster') zoomTo(lat, lon, Math.max(zoom, clusters.expansionZoom(holder, zoom)));
        else if (!map.getBounds().pad(-0.1).contains([lat, lon])) map.panTo([lat, lon], { animate: !reducedMotion() });
      },
      zoomToPlace(group: PlaceGroup) {
        if (group.kind === 'province') {
          const box = basemap?.provinceBounds.get(group.id);
          if (box) fly(box, FIT);
        } else {
          const [lat, lon] = at(group);
          zoomTo(lat, lon, Math.max(map?.getZoom() ?? 0, PLACE_ZOOM));
        }
      },
    };
  }, [map, basemap, places, datum, taiwanName]);

  // The latest camera, read by the effect below without re-running it when the data change.
  const latest = useRef(camera);
  useEffect(() => {
    latest.current = camera;
  }, [camera]);

  const latestSelected = useRef(selectedAt);
  useEffect(() => {
    latestSelected.current = selectedAt;
  }, [selectedAt]);

  /** When a scene last asked for a move: its flight frames its selection too, and nothing else may cut in. */
  const focusedAt = useRef(-Infinity);

  // An initiative selected in the list or the timeline: frame all its places unless they are all on screen already.
  useEffect(
    function showSelected() {
      if (!latest.current.sized(map) || !selectedAt) return;
      if (performance.now() - focusedAt.current < FOCUS_GUARD_MS) return;
      const frame = latest.current.frameOf(selectedAt);
      if (!frame) return;
      const inner = map.getBounds().pad(-0.04);
      const shown = selectedAt.nationwide ? map.getBounds().contains(latLngBounds(NATIONAL_BOUNDS).pad(-0.2)) : inner.contains(latLngBounds(latest.current.boundsOf(selectedAt.cities, selectedAt.provinces) ?? frame));
      if (!shown) map.flyToBounds(frame, { ...latest.current.clearOfInset(map, frame, { ...FIT, maxZoom: Math.max(map.getZoom(), 5) }), animate: !reducedMotion() });
    },
    [map, selectedAt],
  );
  // A scene (or anything else) asked for an extent: fly there, once per request.
  const focusKey = focus?.key;
  // Before any effect of the same commit: a scene's selection arrives with its extent, and must not fly first.
  useLayoutEffect(
    function noteFocus() {
      if (focus) focusedAt.current = performance.now();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when
    [focusKey],
  );
  useEffect(
    function moveToFocus() {
      if (!focus) return;
      // From the next frame on: a scene's leading panel has just been laid out, and Leaflet re-measures
      // the map in the frame after a resize; the move must come after that. A map with no size yet (its
      // panel still loading, or being laid out again after presenting) is waited for, a frame at a
      // time, rather than the move being dropped.
      let frame = 0;
      let frames = 0;
      const move = () => {
        // Leaflet keeps the size it last measured: measure again before asking.
        map?.invalidateSize({ pan: false });
        if (!latest.current.sized(map)) {
          if (++frames < SIZE_WAIT_FRAMES) frame = requestAnimationFrame(move);
          return;
        }
        const { camera, bounds } = focus;
        if (camera) {
          // Back exactly where it was (the analyst's view after presenting): no flight.
          map.setView(camera.center, camera.zoom, { animate: false });
          return;
        }
        // The scene's extent (WGS-84, shifted to the drawn datum here), grown to frame every place of
        // what it selects (already in the drawn datum).
        const [[south, west], [north, east]] = bounds;
        const extent: Bounds = [latest.current.toDrawn(south, west), latest.current.toDrawn(north, east)];
        const selected = latestSelected.current ? latest.current.frameOf(latestSelected.current) : null;
        const target = unionBounds([], selected ? [extent, selected] : [extent]) ?? extent;
        latest.current.fly(target, { padding: [12, 12] });
      };
      frame = requestAnimationFrame(move);
      return () => cancelAnimationFrame(frame);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when; the bounds come with it
    [map, focusKey],
  );
  return camera;
}
