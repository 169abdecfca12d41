import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../../src/data/schema';
import type { PlaceGroup } from '../../../src/views/map/map-places';
import { DEFAULT_VOCABULARY } from '../../../src/data/default-vocabulary';
import { BASEMAP_COLOURS, detailLandStyle, detailOutlineStyle, HIGHLIGHT, markerStyle, mix, provinceHighlightStyles, provinceStyle } from '../../../src/views/map/map-style';

const { statuses } = DEFAULT_VOCABULARY;
/** The colour of "signed", the third step of the curated ladder. */
const SIGNED = '#4292c6';

const place: GazetteerPlace = { id: '210000', level: 'province', provinceType: 'province', nameEn: 'Liaoning', nameZh: '辽宁省', provinceId: '210000', provinceEn: 'Liaoning', provinceZh: '辽宁省', lat: 41.8, lon: 123.4 };
const group = (id: string, count: number, inferredCount: number, inFilter = false): PlaceGroup => ({
  kind: 'province',
  id,
  place: { ...place, id },
  initiativeIds: Array.from({ length: count }, (_, i) => `${id}-${i}`),
  statusCounts: [0, 0, count, 0, 0, 0],
  inferredCount,
  inFilter,
});

describe(mix, () => {
  it('blends two colours', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#4292c6', '#ffffff', 1)).toBe('#4292c6');
  });
});

describe(provinceHighlightStyles, () => {
  const styles = provinceHighlightStyles([group('210000', 1, 1), group('320000', 4, 0)], new Set(), false, false, statuses);

  it('dashes a province whose every initiative is inferred there, not the others', () => {
    expect(styles.get('210000')!.dashArray).toBeTruthy();
    expect(styles.get('320000')!.dashArray).toBeUndefined();
  });

  it('shades deeper with more initiatives, towards the status colour', () => {
    const distance = (hex: string) => Math.abs(parseInt(hex.slice(1, 3), 16) - parseInt(SIGNED.slice(1, 3), 16));
    expect(distance(String(styles.get('320000')!.fillColor))).toBeLessThan(distance(String(styles.get('210000')!.fillColor)));
    expect(styles.get('210000')!.fillColor).not.toBe(BASEMAP_COLOURS.land);
  });

  it('outlines the selected province in the highlight colour and fades those outside a place filter', () => {
    const selected = provinceHighlightStyles([group('210000', 1, 1), group('320000', 4, 0, true)], new Set(['210000']), true, false, statuses);
    expect(selected.get('210000')).toMatchObject({ color: HIGHLIGHT, weight: 4 });
    expect(selected.get('320000')!.opacity).toBe(0.8);
    expect(provinceHighlightStyles([group('210000', 1, 1)], new Set(), true, false, statuses).get('210000')!.opacity).toBeLessThan(0.5);
  });
});

describe(markerStyle, () => {
  it('colours by the most common status and marks inferred, faded and selected markers', () => {
    const base = { statusCounts: [0, 0, 3, 1, 0, 0], statuses, inferred: false, faded: false, highlighted: false, cluster: false };
    expect(markerStyle(base).fillColor).toBe(SIGNED);
    expect(markerStyle({ ...base, inferred: true }).dashArray).toBeTruthy();
    expect(markerStyle({ ...base, faded: true }).fillOpacity).toBeLessThan(0.5);
    expect(markerStyle({ ...base, highlighted: true }).color).toBe(HIGHLIGHT);
  });
});

describe(detailLandStyle, () => {
  it('fills like the national province, with its highlight, and never strokes', () => {
    expect(detailLandStyle(false, undefined)).toMatchObject({ fillColor: BASEMAP_COLOURS.land, fillOpacity: 1, stroke: false });
    expect(detailLandStyle(true, undefined).fillOpacity).toBe(0);
    expect(detailLandStyle(false, { fillColor: '#123456', color: HIGHLIGHT, weight: 4 })).toMatchObject({ fillColor: '#123456', stroke: false });
  });
});

describe(detailOutlineStyle, () => {
  it('strokes like the national province, with its highlight, and never fills', () => {
    const plain = provinceStyle(false);
    expect(detailOutlineStyle(undefined)).toMatchObject({ fill: false, color: plain.color, weight: plain.weight });
    expect(detailOutlineStyle({ fillColor: '#123456', color: HIGHLIGHT, weight: 4, dashArray: '7 5' })).toMatchObject({ fill: false, color: HIGHLIGHT, weight: 4, dashArray: '7 5' });
  });
});
