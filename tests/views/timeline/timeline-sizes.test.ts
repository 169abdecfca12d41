import { describe, expect, it } from 'vitest';
import { SCREEN_SIZES, shrinkLanes, timelineSizes } from '../../../src/views/timeline/timeline-sizes';

describe(timelineSizes, () => {
  it('draws the screen sizes at 1 and everything larger on a projector, fonts in whole pixels and never under its root size, the label gutter with them', () => {
    expect(timelineSizes(1)).toEqual(SCREEN_SIZES);
    expect(SCREEN_SIZES).toMatchObject({ gutter: 214, trackHeight: 14, pointRadius: 5, laneFont: 13, yearFont: 13 });
    const big = timelineSizes(1.512);
    // 13px is under the screen's root size (15px): on the projector the labels are its root size, 15 x 1.512 = 22.68, rounded up.
    expect(big.laneFont).toBe(23);
    expect(big.yearFont).toBe(23);
    expect(big.gutter).toBeCloseTo((214 * 23) / 13);
    expect(big.pointRadius).toBeCloseTo(7.56);
    expect(big.markStroke).toBeCloseTo(1.512);
  });
});

describe(shrinkLanes, () => {
  it('makes lanes and marks shorter but keeps the label gutter, the strokes and the fonts', () => {
    const big = timelineSizes(2);
    const fitted = shrinkLanes(big, 0.75);
    expect(fitted.trackHeight).toBeCloseTo(21);
    expect(fitted.lanePadding).toBeCloseTo(9);
    expect(fitted.denseLane).toBeCloseTo(42);
    expect(fitted.pointRadius).toBeCloseTo(7.5);
    expect(fitted.gutter).toBe(big.gutter);
    expect(fitted.markStroke).toBe(big.markStroke);
    expect(fitted.laneFont).toBe(big.laneFont);
    expect(shrinkLanes(big, 1)).toBe(big);
  });
});
