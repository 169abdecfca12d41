import { describe, expect, it } from 'vitest';
import { markerRadius, padBounds, unionBounds } from '../../../src/views/map/map-geometry';

describe(unionBounds, () => {
  it('spans points and boxes, [[south, west], [north, east]]', () => {
    expect(unionBounds([[30, 120], [26, 119]], [[[38, 118], [43, 125]]])).toEqual([[26, 118], [43, 125]]);
  });
  it('is null with nothing to span', () => {
    expect(unionBounds([])).toBeNull();
  });
});

describe(padBounds, () => {
  it('grows a lone point to the minimum span and leaves a wide box alone', () => {
    expect(padBounds([[30, 120], [30, 120]], 2)).toEqual([[29, 119], [31, 121]]);
    expect(padBounds([[20, 100], [40, 130]], 2)).toEqual([[20, 100], [40, 130]]);
  });
});

describe(markerRadius, () => {
  it('grows with the square root of the count between min and max', () => {
    expect(markerRadius(1, 100)).toBe(7);
    expect(markerRadius(100, 100)).toBe(26);
    expect(markerRadius(25, 100)).toBeGreaterThan(markerRadius(10, 100));
    expect(markerRadius(5, 1)).toBe(7);
  });
});
