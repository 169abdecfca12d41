import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findBorderGapLines, gapStrokeWidth } from '../../../src/views/map/map-border-gaps';

const square = (x: number, y: number, size: number): FeatureCollection<Polygon> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] } }],
});

describe(findBorderGapLines, () => {
  it('keeps the side of a neighbour that faces China across a sliver, not its far sides', () => {
    // China: 0-1 E; neighbour: 1.05-2.05 E (a 0.05 degree sliver between them).
    const lines = findBorderGapLines(square(1.05, 0, 1), square(0, 0, 1), 0.15).features.flatMap((f) => f.geometry.coordinates);
    const points = lines.flat();
    expect(points.some(([x]) => x === 1.05)).toBe(true);
    // The far side (x = 2.05) only appears as the end of a segment leaving the near side.
    const farSegments = lines.flatMap((line) => line.slice(1).map((p, i) => [line[i]!, p])).filter(([a, b]) => a![0] === 2.05 && b![0] === 2.05);
    expect(farSegments).toEqual([]);
  });

  it('finds nothing when the neighbour is far away', () => {
    expect(findBorderGapLines(square(5, 5, 1), square(0, 0, 1), 0.15).features).toEqual([]);
  });
});

describe(gapStrokeWidth, () => {
  it('widens with zoom so it always covers about the same distance, within limits', () => {
    expect(gapStrokeWidth(4)).toBeLessThan(gapStrokeWidth(7));
    expect(gapStrokeWidth(2)).toBe(2);
    expect(gapStrokeWidth(14)).toBe(160);
  });
});
