import type { Map as LeafletMap, Point } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { createWheelGesture, wheelPixels } from './wheel-gesture';

/** Leaflet 1.9's zoom animation target while one runs (private fields, pinned version), else null. */
function animatingTo(map: LeafletMap): number | null {
  const internal = map as unknown as { _animatingZoom?: boolean; _animateToZoom?: number };
  return internal._animatingZoom && typeof internal._animateToZoom === 'number' ? internal._animateToZoom : null;
}

/**
 * Wheel and trackpad zoom, one level per gesture, around the pointer (Leaflet's own wheel zoom,
 * turned off on the map, adds up the distance and jumps several levels on one swipe). Mount inside
 * a MapContainer with `scrollWheelZoom={false}`.
 */
export function OneStepWheelZoom() {
  const map = useMap();
  useEffect(
    function listenToWheel() {
      const container = map.getContainer();
      const gesture = createWheelGesture();
      // A step that waits for the running zoom animation to end: where it goes, and around which point.
      let queued: { target: number; point: Point } | null = null;
      const runQueued = () => {
        if (!queued) return;
        const { target, point } = queued;
        queued = null;
        map.setZoomAround(point, target);
      };
      const onWheel = (event: WheelEvent) => {
        // The page must not scroll under the map, whether or not this event zooms.
        event.preventDefault();
        const step = gesture.onWheel(event.timeStamp, wheelPixels(event.deltaY, event.deltaMode));
        if (step === null) return;
        // A zoom still animating (or a step still waiting) counts as done: the next step goes on from there.
        const from = queued?.target ?? animatingTo(map) ?? map.getZoom();
        const target = Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), from + step));
        if (target === from) return;
        const point = map.mouseEventToContainerPoint(event);
        // Leaflet ignores a zoom asked for during its zoom animation: this one waits for its end.
        if (animatingTo(map) !== null) {
          if (!queued) map.once('zoomend', runQueued);
          queued = { target, point };
        } else map.setZoomAround(point, target);
      };
      // Not passive: preventDefault must work (Chromium treats wheel listeners on a page as passive otherwise).
      container.addEventListener('wheel', onWheel, { passive: false });
      return () => {
        container.removeEventListener('wheel', onWheel);
        map.off('zoomend', runQueued);
      };
    },
    [map],
  );
  return null;
}
