/**
 * Sizes that views draw in JS (SVG marks, recharts ticks, canvas bars) follow the projector theme
 * the way CSS type does: projector.css sets the root font size from the screen height (about 2.1%
 * of it), so one factor, the root font size over the screen theme's, enlarges every length.
 */

/** Root font size of the screen theme in CSS px (app.css `--font-size`): the sizes views declare are for it. */
export const SCREEN_ROOT_PX = 15;

/** The root font size from a computed style ("22.68px"); the screen theme's when unreadable (jsdom, no styles). */
export function parseRootPx(fontSize: string): number {
  const px = Number.parseFloat(fontSize);
  return Number.isFinite(px) && px > 0 ? px : SCREEN_ROOT_PX;
}

/** How much larger than on screen to draw: root px / screen root px while presenting, never below 1; 1 otherwise. */
export function projectorScaleOf(rootPx: number, presenting: boolean): number {
  if (!presenting || !Number.isFinite(rootPx) || rootPx <= 0) return 1;
  return Math.max(1, rootPx / SCREEN_ROOT_PX);
}

/** Every length in `sizes` (CSS px on screen) times `factor`; the same object when the factor is 1. */
export function scaleSizes<K extends string>(sizes: Readonly<Record<K, number>>, factor: number): Readonly<Record<K, number>> {
  if (factor === 1) return sizes;
  const scaled = {} as Record<K, number>;
  for (const key of Object.keys(sizes) as K[]) scaled[key] = sizes[key] * factor;
  return scaled;
}

/**
 * A font size in CSS px: `px` on screen; on the projector scaled, never below the slide's body size
 * (the root size, SCREEN_ROOT_PX times the factor: no text on a slide is smaller), and rounded up
 * to a whole pixel (crisper text).
 */
export function scaleFont(px: number, factor: number): number {
  return factor === 1 ? px : Math.ceil(Math.max(px, SCREEN_ROOT_PX) * factor - 1e-9);
}

/**
 * How much to shrink something `needed` px tall to fit in `room` px: 1 when it fits or the room is
 * unknown (0 or less), else room / needed but never below `min` (then it overflows).
 */
export function shrinkToFit(needed: number, room: number, min: number): number {
  if (room <= 0 || needed <= room) return 1;
  return Math.min(1, Math.max(min, room / needed));
}
