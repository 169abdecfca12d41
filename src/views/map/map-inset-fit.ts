import { Browser, point, type FitBoundsOptions, type Map as LeafletMap } from 'leaflet';
import type { Bounds } from './map-basemap';
import { INSET_MARGIN, insetWidth, needsInset } from './map-inset';

/** Where Taiwan's name is printed (its label point, in the drawn datum) and the room it takes beside it, pixels. */
export interface TaiwanName {
  lat: number;
  lon: number;
  room: number;
}

/**
 * A fit of a national view that keeps the sea east of Taiwan clear of the 南海诸岛 inset, so that
 * Taiwan's name goes beside the island and not over the mainland: the horizontal room the fit
 * leaves over (a view wider than the country) goes to the right, where the inset sits, instead of
 * half to each side. When that still leaves no room for the name between the island and the inset
 * (a map about as wide as the country), the fit is one zoom step smaller, unless that view would
 * show the whole sea and so have no inset. Any other view is fitted as asked.
 */
export function fitClearOfInset(map: LeafletMap, bounds: Bounds, options: FitBoundsOptions, taiwan: TaiwanName | null): FitBoundsOptions {
  if (!needsInset(bounds) || options.paddingTopLeft || options.paddingBottomRight) return options;
  const pad = point(options.padding ?? [0, 0]);
  const size = map.getSize();
  const [[south, west], [north, east]] = bounds;
  const inset = insetWidth(size.x) + INSET_MARGIN;
  let zoom = map.getBoundsZoom(bounds, false, pad.multiplyBy(2));
  if (typeof options.maxZoom === 'number') zoom = Math.min(zoom, options.maxZoom);
  /**
   * At a zoom: how far right the country moves (all the spare room, up to the inset's width),
   * whether Taiwan's name then fits, and whether the view still needs the inset (zoomed out far
   * enough, the main map shows the whole sea itself and has none).
   */
  const layoutAt = (z: number) => {
    const sw = map.project([south, west], z);
    const ne = map.project([north, east], z);
    // A pixel kept back: the zoom is found again from the padded size, and must not round down.
    const spare = size.x - 2 * pad.x - (ne.x - sw.x) - 1;
    const shift = Math.max(0, Math.min(spare, inset));
    const left = sw.x - pad.x - (spare - shift) / 2;
    const middle = (sw.y + ne.y) / 2;
    const corner = (x: number, y: number): [number, number] => {
      const at = map.unproject([x, y], z);
      return [at.lat, at.lng];
    };
    const view: Bounds = [corner(left, middle + size.y / 2), corner(left + size.x, middle - size.y / 2)];
    const fits = !taiwan || map.project([taiwan.lat, taiwan.lon], z).x + taiwan.room <= left + size.x - inset;
    return { shift, fits, hasInset: needsInset(view) };
  };
  const plain = layoutAt(zoom);
  if (!plain.hasInset) return options;
  // One step as Leaflet snaps zooms (whole levels where it has no CSS 3D transforms).
  const step = (Browser.any3d ? map.options.zoomSnap : 1) || 1;
  const smaller = plain.fits ? plain : layoutAt(zoom - step);
  const { shift } = smaller.fits && smaller.hasInset ? smaller : plain;
  if (shift < 1) return options;
  const { padding: _padding, ...rest } = options;
  return { ...rest, paddingTopLeft: pad, paddingBottomRight: pad.add([shift, 0]) };
}
