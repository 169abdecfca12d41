import gcoord from 'gcoord';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { collectionToDatum, toDatum } from '../../../src/views/map/map-datum';

const SUZHOU = [31.30408, 120.59538] as const;

describe(toDatum, () => {
  it('leaves WGS-84 points alone', () => {
    expect(toDatum('WGS84', ...SUZHOU)).toEqual([...SUZHOU]);
  });

  it('shifts a point to GCJ-02 by a few hundred metres, and back', () => {
    const [lat, lon] = toDatum('GCJ02', ...SUZHOU);
    const metres = Math.hypot((lat - SUZHOU[0]) * 111_000, (lon - SUZHOU[1]) * 111_000 * Math.cos((SUZHOU[0] * Math.PI) / 180));
    expect(metres).toBeGreaterThan(300);
    expect(metres).toBeLessThan(800);
    const [backLon, backLat] = gcoord.transform([lon, lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    expect(backLat).toBeCloseTo(SUZHOU[0], 5);
    expect(backLon).toBeCloseTo(SUZHOU[1], 5);
  });
});

describe(collectionToDatum, () => {
  it('shifts a copy and leaves the original untouched', () => {
    const original: FeatureCollection<Point> = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [SUZHOU[1], SUZHOU[0]] } }] };
    const shifted = collectionToDatum('GCJ02', original);
    expect(original.features[0]!.geometry.coordinates).toEqual([SUZHOU[1], SUZHOU[0]]);
    expect(shifted.features[0]!.geometry.coordinates).toEqual([toDatum('GCJ02', ...SUZHOU)[1], toDatum('GCJ02', ...SUZHOU)[0]]);
    expect(collectionToDatum('WGS84', original)).toBe(original);
  });
});
