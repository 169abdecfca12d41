import { describe, expect, it } from 'vitest';
import { createWheelGesture, wheelPixels } from '../../../src/views/map/wheel-gesture';

describe(createWheelGesture, () => {
  it('zooms once for a trackpad swipe and its inertia, however long it scrolls', () => {
    const gesture = createWheelGesture({ pauseMs: 200, thresholdPx: 8 });
    const steps = Array.from({ length: 60 }, (_, i) => gesture.onWheel(i * 16, -12)).filter((s) => s !== null);
    expect(steps).toEqual([1]);
  });

  it('zooms again after a pause, and out for a scroll down', () => {
    const gesture = createWheelGesture({ pauseMs: 200, thresholdPx: 8 });
    expect(gesture.onWheel(0, -100)).toBe(1);
    expect(gesture.onWheel(50, -100)).toBeNull();
    expect(gesture.onWheel(400, 100)).toBe(-1);
    expect(gesture.onWheel(900, -100)).toBe(1);
  });

  it('ignores jitter below the threshold', () => {
    const gesture = createWheelGesture({ pauseMs: 200, thresholdPx: 8 });
    expect(gesture.onWheel(0, 3)).toBeNull();
    expect(gesture.onWheel(10, 3)).toBeNull();
    expect(gesture.onWheel(20, 3)).toBe(-1);
  });

  it('reads line and page deltas as pixels', () => {
    expect(wheelPixels(3, 1)).toBe(60);
    expect(wheelPixels(1, 2)).toBe(400);
    expect(wheelPixels(7, 0)).toBe(7);
  });
});
