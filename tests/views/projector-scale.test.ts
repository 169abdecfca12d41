import { describe, expect, it } from 'vitest';
import { parseRootPx, projectorScaleOf, scaleFont, scaleSizes, SCREEN_ROOT_PX, shrinkToFit } from '../../src/views/projector-scale';

/** projector.css: 1rem is 2.1% of the screen height. */
const projectorRootPx = (screenHeight: number) => 0.021 * screenHeight;

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
    expect(projectorScaleOf(projectorRootPx(1080), true)).toBeCloseTo(1.512);
    expect(projectorScaleOf(projectorRootPx(768), true)).toBeCloseTo(1.0752);
    expect(projectorScaleOf(projectorRootPx(2160), true)).toBeCloseTo(3.024);
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
  it('rounds scaled fonts to whole pixels but keeps the screen font exact', () => {
    expect(scaleFont(13, 1)).toBe(13);
    expect(scaleFont(12.5, 1)).toBe(12.5);
    expect(scaleFont(13, projectorScaleOf(projectorRootPx(1080), true))).toBe(20);
    expect(scaleFont(13, projectorScaleOf(projectorRootPx(768), true))).toBe(14);
    expect(scaleFont(13, projectorScaleOf(projectorRootPx(2160), true))).toBe(39);
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
