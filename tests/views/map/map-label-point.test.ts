import { describe, expect, it } from 'vitest';
import { findLabelPoint } from '../../../src/views/map/map-label-point';

describe(findLabelPoint, () => {
  it('finds the middle of a square', () => {
    const square = [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]];
    const { lat, lon } = findLabelPoint([square], 0.001);
    expect(lon).toBeCloseTo(1, 2);
    expect(lat).toBeCloseTo(1, 1);
  });

  it('keeps the label inside a C shape, where the centroid falls outside', () => {
    // A C opening to the east: the bounding-box centre (5, 5) is in the gap.
    const c = [[[0, 0], [10, 0], [10, 3], [3, 3], [3, 7], [10, 7], [10, 10], [0, 10], [0, 0]]];
    const { lat, lon } = findLabelPoint([c], 0.01);
    expect(lon).toBeLessThan(3);
    expect(lat).toBeGreaterThan(0);
    expect(lat).toBeLessThan(10);
  });

  it('labels the largest part of a multipolygon and sums the areas', () => {
    const small = [[[20, 0], [21, 0], [21, 1], [20, 1], [20, 0]]];
    const big = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]];
    const point = findLabelPoint([small, big], 0.01);
    expect(point.lon).toBeLessThan(4);
    expect(point.area).toBeGreaterThan(16);
  });
});
