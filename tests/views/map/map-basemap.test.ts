// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPointInGeometry } from '../../../scripts/lib/point-in-polygon';
import { computeBasemapLabels, readBasemap, shortNameZh, type BasemapTopology } from '../../../src/views/map/map-basemap';

const topology = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as BasemapTopology;
const basemap = readBasemap(topology);

describe(computeBasemapLabels, () => {
  it('found the label points the shipped basemap carries (rebuild with npm run geo:build if this fails)', () => {
    const { labels, ...rest } = topology;
    expect(computeBasemapLabels(rest)).toEqual(labels);
  });
});

describe(readBasemap, () => {
  it('reads the 34 provincial units, the neighbours and the South China Sea parts', () => {
    expect(basemap.provinces.features).toHaveLength(34);
    expect(basemap.countries.features.length).toBeGreaterThan(10);
    expect(basemap.southChinaSea.features.filter((f) => f.properties.kind === 'dash')).toHaveLength(10);
    expect(basemap.notApproved).toMatch(/审图号/);
  });

  it('puts every province label inside its own province', () => {
    expect(basemap.provinceLabels).toHaveLength(34);
    for (const label of basemap.provinceLabels) {
      const province = basemap.provinces.features.find((f) => f.properties.id === label.id)!;
      expect(isPointInGeometry(label.lon, label.lat, province.geometry), `${label.nameEn} at ${label.lat},${label.lon}`).toBe(true);
    }
  });

  it('bounds each province (Liaoning lies within 38-44 N, 118-126 E)', () => {
    const [[south, west], [north, east]] = basemap.provinceBounds.get('210000')!;
    expect(south).toBeGreaterThan(38);
    expect(north).toBeLessThan(44);
    expect(west).toBeGreaterThan(118);
    expect(east).toBeLessThan(126);
  });

  it('finds the neighbours\' border stretches near China, and no coast far from it', () => {
    const lines = basemap.borderGaps.features.flatMap((f) => f.geometry.coordinates);
    expect(lines.length).toBeGreaterThan(5);
    const points = lines.flat();
    // Nepal border (Himalaya) is in; Japan and the Philippines are out.
    expect(points.some(([lon = 0, lat = 0]) => lon > 84 && lon < 88 && lat > 27 && lat < 29)).toBe(true);
    expect(points.some(([lon = 0, lat = 0]) => lon > 129 && lat < 42 && lat > 30)).toBe(false);
    expect(points.some(([lon = 0, lat = 0]) => lon > 119 && lon < 127 && lat < 19)).toBe(false);
  });
});

describe(shortNameZh, () => {
  it.each([
    ['江苏省', '江苏'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['内蒙古自治区', '内蒙古'],
    ['香港特别行政区', '香港'],
    ['北京市', '北京'],
    ['苏州市', '苏州'],
    ['延边朝鲜族自治州', '延边'],
    ['黔东南苗族侗族自治州', '黔东南'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['大兴安岭地区', '大兴安岭'],
    ['沙市', '沙市'],
  ])('shortens %s to %s', (name, short) => {
    expect(shortNameZh(name)).toBe(short);
  });
});
