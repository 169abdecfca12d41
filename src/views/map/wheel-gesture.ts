/**
 * Turns a stream of wheel events into zoom steps: one level per gesture. A gesture is a run of
 * wheel events with no pause longer than `pauseMs` (a trackpad swipe and its inertia, a flick of
 * the mouse wheel); it zooms once, when its scrolled distance first reaches `thresholdPx` (so a
 * trackpad's jitter does not zoom), in the direction of that distance.
 */
export interface WheelGestureOptions {
  pauseMs: number;
  thresholdPx: number;
}

export const WHEEL_GESTURE: WheelGestureOptions = { pauseMs: 220, thresholdPx: 8 };

export type ZoomStep = -1 | 1;

export interface WheelGesture {
  /** `deltaY` in pixels (positive scrolls down: zoom out); returns the step to take now, if any. */
  onWheel(time: number, deltaY: number): ZoomStep | null;
}

export function createWheelGesture(options: WheelGestureOptions = WHEEL_GESTURE): WheelGesture {
  let lastTime = -Infinity;
  let distance = 0;
  let stepped = false;
  return {
    onWheel(time, deltaY) {
      if (time - lastTime > options.pauseMs) {
        distance = 0;
        stepped = false;
      }
      lastTime = time;
      if (stepped) return null;
      distance += deltaY;
      if (Math.abs(distance) < options.thresholdPx) return null;
      stepped = true;
      return distance < 0 ? 1 : -1;
    },
  };
}

/** WheelEvent.deltaMode: 0 pixels, 1 lines, 2 pages; lines and pages in rough pixels. */
export function wheelPixels(deltaY: number, deltaMode: number): number {
  return deltaMode === 1 ? deltaY * 20 : deltaMode === 2 ? deltaY * 400 : deltaY;
}
