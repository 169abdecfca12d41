import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { createWheelGesture, wheelPixels } from './wheel-gesture';

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
      const onWheel = (event: WheelEvent) => {
        // The page must not scroll under the map, whether or not this event zooms.
        event.preventDefault();
        const step = gesture.onWheel(event.timeStamp, wheelPixels(event.deltaY, event.deltaMode));
        if (step === null) return;
        const target = Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), map.getZoom() + step));
        if (target === map.getZoom()) return;
        map.setZoomAround(map.mouseEventToContainerPoint(event), target);
      };
      // Not passive: preventDefault must work (Chromium treats wheel listeners on a page as passive otherwise).
      container.addEventListener('wheel', onWheel, { passive: false });
      return () => container.removeEventListener('wheel', onWheel);
    },
    [map],
  );
  return null;
}
