import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBasemap, type BasemapTopology } from '../../../src/views/map/map-basemap';
import { NATIONAL_BOUNDS } from '../../../src/views/map/map-geometry';
import { insetFrame, insetLayers, insetProjection, needsInset } from '../../../src/views/map/map-inset';

const basemap = readBasemap(JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as BasemapTopology);

describe(needsInset, () => {
  it('is wanted on national views, not on a province or when the whole sea is on the main map', () => {
    expect(needsInset(NATIONAL_BOUNDS)).toBe(true);
    expect(needsInset([[29.6, 118.2], [32.1, 122]])).toBe(false);
    expect(needsInset([[0, 70], [55, 140]])).toBe(false);
  });
});

describe(insetLayers, () => {
  const projection = insetProjection(200);
  const layers = insetLayers(basemap, projection);

  it('draws the ten-dash line, the island groups and the coast from the basemap itself', () => {
    // One "M" per ring: the dashes of the basemap's southChinaSea layer (ten, plus the one east of Taiwan's south if in the box).
    const dashes = basemap.southChinaSea.features.filter((f) => f.properties.kind === 'dash').length;
    expect(dashes).toBeGreaterThanOrEqual(10);
    expect(layers.dashes.match(/M/g)?.length).toBeGreaterThanOrEqual(9);
    const islandPolygons = basemap.southChinaSea.features.filter((f) => f.properties.kind === 'islands').reduce((n, f) => n + (f.geometry.type === 'Polygon' ? 1 : f.geometry.coordinates.length), 0);
    expect(layers.islandDots.length).toBe(islandPolygons);
    expect(layers.provinces.length).toBeGreaterThan(100);
    expect(layers.neighbours.length).toBeGreaterThan(100);
  });

  it('keeps every dot inside the inset', () => {
    for (const [x, y] of layers.islandDots) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(projection.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(projection.height);
    }
  });

  it('is taller than wide, as the sea from Guangdong to the Zengmu Reef is', () => {
    expect(projection.height).toBeGreaterThan(projection.width);
  });
});

describe(insetFrame, () => {
  it('sits in the lower right corner of a national view, and nowhere otherwise', () => {
    const frame = insetFrame({ x: 1000, y: 700 }, NATIONAL_BOUNDS, 1)!;
    expect(frame.left + frame.width).toBe(990);
    expect(frame.top + frame.height).toBe(690);
    expect(insetFrame({ x: 1000, y: 700 }, [[29.6, 118.2], [32.1, 122]], 1)).toBeNull();
  });
});
