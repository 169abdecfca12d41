import { describe, expect, it } from 'vitest';
import { parseRootPx, projectorScaleOf, scaleFont, scaleSizes, SCREEN_ROOT_PX, shrinkToFit } from '../../src/views/projector-scale';

/** projector.css: 1rem is 2.4% of the screen height, and never under 18px. */
const projectorRootPx = (screenHeight: number) => Math.max(18, 0.024 * screenHeight);

describe(parseRootPx, () => {
  it('reads a computed font size and falls back to the screen theme when there is none', () => {
    expect(parseRootPx('22.68px')).toBe(22.68);
    expect(parseRootPx('')).toBe(SCREEN_ROOT_PX);
    expect(parseRootPx('medium')).toBe(SCREEN_ROOT_PX);
    expect(parseRootPx('0px')).toBe(SCREEN_ROOT_PX);
  });
});

describe(projectorScaleOf, () => {
  it('follows the projector root font size while presenting', () => {
    expect(projectorScaleOf(projectorRootPx(1080), true)).toBeCloseTo(1.728);
    expect(projectorScaleOf(projectorRootPx(768), true)).toBeCloseTo(1.2288);
    expect(projectorScaleOf(projectorRootPx(2160), true)).toBeCloseTo(3.456);
  });

  it('is 1 when not presenting, and never shrinks below the screen sizes', () => {
    expect(projectorScaleOf(projectorRootPx(1080), false)).toBe(1);
    expect(projectorScaleOf(12, true)).toBe(1);
    expect(projectorScaleOf(Number.NaN, true)).toBe(1);
  });
});

describe(scaleSizes, () => {
  const sizes = { lane: 28, radius: 5 };

  it('multiplies every length and leaves the screen sizes as they are', () => {
    expect(scaleSizes(sizes, 1.5)).toEqual({ lane: 42, radius: 7.5 });
    expect(scaleSizes(sizes, 1)).toBe(sizes);
    expect(sizes).toEqual({ lane: 28, radius: 5 });
  });
});

describe(scaleFont, () => {
  it('keeps the screen font exact; on the projector scales it, never below the root size, rounded up to whole pixels', () => {
    expect(scaleFont(13, 1)).toBe(13);
    expect(scaleFont(12.5, 1)).toBe(12.5);
    // 13px on screen is under the screen's root size (15px): on a slide it is the slide's root size.
    expect(scaleFont(13, projectorScaleOf(projectorRootPx(1080), true))).toBe(26);
    expect(scaleFont(13, projectorScaleOf(projectorRootPx(768), true))).toBe(19);
    expect(scaleFont(13, projectorScaleOf(projectorRootPx(2160), true))).toBe(52);
    // Larger type keeps its proportion.
    expect(scaleFont(20, projectorScaleOf(projectorRootPx(1080), true))).toBe(35);
    for (const height of [768, 900, 1080, 1440, 2160]) {
      const root = projectorRootPx(height);
      expect(scaleFont(11, projectorScaleOf(root, true))).toBeGreaterThanOrEqual(root);
    }
  });
});

describe(shrinkToFit, () => {
  it('keeps what fits, shrinks what does not, down to a floor', () => {
    expect(shrinkToFit(400, 500, 0.5)).toBe(1);
    expect(shrinkToFit(400, 0, 0.5)).toBe(1);
    expect(shrinkToFit(400, -20, 0.5)).toBe(1);
    expect(shrinkToFit(500, 400, 0.5)).toBeCloseTo(0.8);
    expect(shrinkToFit(1000, 200, 0.5)).toBe(0.5);
  });
});
