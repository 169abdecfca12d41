// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isPointInGeometry } from '../../scripts/lib/point-in-polygon';
import type { Gazetteer } from '../../scripts/lib/gazetteer-types';
import { readBasemap, type BasemapTopology } from '../../src/views/map/map-basemap';
import { detailOutline, readDetail, type DetailProvince, type DetailTopology } from '../../src/views/map/map-detail';

const basemap = readBasemap(JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as BasemapTopology);
const ids = basemap.provinces.features.map((f) => f.properties.id);
const file = (id: string) => `data/geo/detail/${id}.topo.json`;
const texts = new Map(ids.filter((id) => existsSync(file(id))).map((id) => [id, readFileSync(file(id), 'utf8')]));
const details = new Map<string, DetailProvince>([...texts].map(([id, text]) => [id, readDetail(JSON.parse(text) as DetailTopology)]));

describe('data/geo/detail (rebuild with npm run geo:build if this fails)', () => {
  it('has a file for each of the 34 units of the national basemap, named by its GB/T code', () => {
    expect(ids).toHaveLength(34);
    expect([...texts.keys()]).toEqual(ids);
    for (const [id, detail] of details) expect(detail.id).toBe(id);
  });

  it('keeps each file under 40 kB and all of them under 600 kB gzipped', () => {
    const sizes = [...texts.values()].map((text) => gzipSync(text).length);
    expect(Math.max(...sizes)).toBeLessThan(40 * 1024);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(600 * 1024);
  });

  it.each(ids)('%s: its merged outline spans the national shape (within 0.3 degrees)', (id) => {
    const detail = details.get(id)!;
    const outline = detailOutline(JSON.parse(texts.get(id)!) as DetailTopology);
    let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of outline.coordinates) {
      for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
        [south, north, west, east] = [Math.min(south, lat), Math.max(north, lat), Math.min(west, lon), Math.max(east, lon)];
      }
    }
    const [[s, w], [n, e]] = basemap.provinceBounds.get(id)!;
    for (const [got, want] of [[south, s], [west, w], [north, n], [east, e]] as const) expect(Math.abs(got - want)).toBeLessThan(0.3);
    expect(detail.prefectures.features.length).toBeGreaterThan(0);
    expect(detail.coast.features.length + detail.border.features.length).toBeGreaterThan(0);
  });

  it('gives every prefecture a unique id and a Chinese name', () => {
    const all = [...details.values()].flatMap((d) => d.prefectures.features.map((f) => f.properties));
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    for (const p of all) expect(p.nameZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('draws a border two units share with the same points in both files (Fujian and Zhejiang)', () => {
    const points = (d: DetailProvince) => new Set(d.border.features.flatMap((f) => f.geometry.coordinates.flat().map((p) => String(p))));
    const [fujian, zhejiang] = [points(details.get('350000')!), points(details.get('330000')!)];
    const shared = [...fujian].filter((p) => zhejiang.has(p));
    expect(shared.length).toBeGreaterThan(100);
  });

  it('puts the prefecture seats of the gazetteer inside their own prefecture', () => {
    const gazetteer = JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as Gazetteer;
    const seats = gazetteer.places.filter((p) => p.level === 'prefecture');
    const inside = seats.filter((seat) => {
      const detail = details.get(seat.provinceId);
      const own = detail?.prefectures.features.filter((f) => f.properties.id === seat.id || seat.provinceType === 'municipality') ?? [];
      return own.some((f) => isPointInGeometry(seat.lon, seat.lat, f.geometry));
    });
    // Left out: Sansha (its islands are the basemap's South China Sea layer) and Huyanghe (2019, not in the source).
    expect(seats.length - inside.length).toBeLessThanOrEqual(2);
  });

  it('keeps Diaoyu Dao in Taiwan, and Kinmen in Fujian', () => {
    const at = (id: string, lat: number, lon: number) => details.get(id)!.prefectures.features.some((f) => isPointInGeometry(lon, lat, f.geometry));
    expect(at('710000', 25.744, 123.474)).toBe(true);
    expect(at('350000', 24.44, 118.35)).toBe(true);
    expect(at('710000', 24.44, 118.35)).toBe(false);
  });
});
