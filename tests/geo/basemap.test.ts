// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { findAreasAt, readCountries, readProvinces, type BasemapTopology } from '../../scripts/lib/basemap-layers';
import { clipRing } from '../../scripts/lib/clip-to-box';
import { decodeRing } from '../../scripts/lib/echarts-geo-decode';
import { readJson, repoPath } from '../../scripts/lib/package-files';
import { isPointInGeometry } from '../../scripts/lib/point-in-polygon';

const FILE = 'data/geo/basemap.topo.json';
const basemap = readJson<BasemapTopology>(FILE);
const provinces = readProvinces(basemap);

const PROVINCE_IDS = [
  '110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000',
  '320000', '330000', '340000', '350000', '360000', '370000', '410000', '420000', '430000',
  '440000', '450000', '460000', '500000', '510000', '520000', '530000', '540000', '610000',
  '620000', '630000', '640000', '650000', '710000', '810000', '820000',
];

function provincesAt(lat: number, lon: number): string[] {
  return findAreasAt(provinces, lon, lat).map((p) => p.properties.id);
}

describe('basemap.topo.json', () => {
  it('holds the 34 provincial units with GB/T ids and both names', () => {
    expect(provinces.map((p) => p.properties.id)).toEqual(PROVINCE_IDS);
    for (const { properties } of provinces) {
      expect(properties.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(properties.nameEn).toMatch(/^[A-Z]/);
    }
  });

  it.each([
    ['Suzhou', 31.30408, 120.59538, '320000'],
    ['Huzhou', 30.8703, 120.0933, '330000'],
    ['Ningde', 26.66167, 119.52278, '350000'],
    ['Zibo', 36.79056, 118.06333, '370000'],
  ])('puts %s inside its own province', (_name, lat, lon, id) => {
    expect(provincesAt(lat, lon)).toEqual([id]);
  });

  it('draws Zangnan inside Xizang and Aksai Chin inside Xinjiang, with no neighbour over them', () => {
    expect(provincesAt(27.59, 91.86)).toEqual(['540000']); // Tawang
    expect(provincesAt(35.2, 79.5)).toEqual(['650000']);
    const countries = readCountries(basemap);
    expect(findAreasAt(countries, 91.86, 27.59)).toEqual([]);
    expect(findAreasAt(countries, 79.5, 35.2)).toEqual([]);
  });

  it('draws the ten dashes and the South China Sea island groups', () => {
    const sea = feature(basemap, basemap.objects.southChinaSea).features;
    const kinds = sea.map((f) => f.properties?.['kind']);
    expect(kinds.filter((k) => k === 'dash')).toHaveLength(10);
    expect(sea.map((f) => f.properties?.['nameZh'])).toEqual(expect.arrayContaining(['东沙群岛', '西沙群岛', '南沙群岛']));
  });

  it('draws neighbours but not China a second time', () => {
    const isos = readCountries(basemap).map((c) => c.properties.iso);
    expect(isos).toEqual(expect.arrayContaining(['IN', 'JP', 'MN', 'RU', 'VN']));
    expect(isos).not.toContain('CN');
  });

  it('says it is not an approved map', () => {
    expect(basemap.meta.notApproved).toContain('审图号');
    expect(basemap.meta.credits).toContain('GeoNames');
  });

  it('stays under 150 kB gzipped', () => {
    expect(gzipSync(readFileSync(repoPath(FILE))).length).toBeLessThan(150 * 1024);
  });
});

describe(isPointInGeometry, () => {
  const square = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
  const donut: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] };

  it('counts the ring but not its hole', () => {
    expect(isPointInGeometry(2, 2, donut)).toBe(true);
    expect(isPointInGeometry(5, 5, donut)).toBe(false);
    expect(isPointInGeometry(12, 5, donut)).toBe(false);
  });
});

describe(decodeRing, () => {
  it('undoes zig-zag and delta encoding and closes the ring', () => {
    // from offset (1024, 2048) at scale 1024: +1,+0 then +0,-1 (zig-zag 2 and 1, plus 64)
    const encoded = String.fromCharCode(64, 64, 66, 64, 64, 65);
    expect(decodeRing(encoded, [1024, 2048], 1024)).toEqual([[1, 2], [1 + 1 / 1024, 2], [1 + 1 / 1024, 2 - 1 / 1024], [1, 2]]);
  });
});

describe(clipRing, () => {
  it('cuts a ring to the box', () => {
    const ring = [[-5, 0], [5, 0], [5, 5], [-5, 5], [-5, 0]];
    expect(clipRing(ring, [0, -10, 10, 10])).toEqual([[0, 0], [5, 0], [5, 5], [0, 5], [0, 0]]);
  });

  it('drops a ring outside the box', () => {
    expect(clipRing([[20, 20], [21, 20], [21, 21], [20, 20]], [0, 0, 10, 10])).toEqual([]);
  });
});
