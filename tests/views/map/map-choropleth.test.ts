import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../../src/data/schema';
import { CHOROPLETH_COLOURS, choroplethStyles, classOf, countByUnit, countClasses } from '../../../src/views/map/map-choropleth';
import type { MapPlaces, PlaceGroup } from '../../../src/views/map/map-places';

function place(id: string, provinceId: string, level: GazetteerPlace['level'] = 'prefecture'): GazetteerPlace {
  return { id, level, provinceType: 'province', nameEn: id, nameZh: id, provinceId, provinceEn: provinceId, provinceZh: provinceId, lat: 30, lon: 110 };
}
function group(kind: PlaceGroup['kind'], p: GazetteerPlace, ids: string[], inFilter = false): PlaceGroup {
  return { kind, id: p.id, place: p, initiativeIds: ids, statusCounts: [ids.length, 0, 0, 0, 0, 0], inferredCount: 0, inFilter };
}

describe(countByUnit, () => {
  it('counts each initiative once per unit, whether at a city there or the whole unit', () => {
    const places: MapPlaces = {
      cities: [group('city', place('320500', '320000'), ['a', 'b']), group('city', place('320200', '320000'), ['b', 'c'], true), group('city', place('330500', '330000'), ['a'])],
      provinces: [group('province', place('320000', '320000', 'province'), ['c', 'd'])],
      nationwide: { initiativeIds: ['d', 'e'], inferredCount: 0 },
      unplaced: 0,
    };
    const units = countByUnit(places);
    expect(Object.fromEntries(units.counts)).toEqual({ '320000': 4, '330000': 1 });
    expect([...units.inFilter]).toEqual(['320000']);
    // d is also in Jiangsu; only e is nowhere but nationwide.
    expect(units.nationwideOnly).toBe(1);
  });
});

describe(countClasses, () => {
  it('gives each distinct count its own class when there are few, darkest for the most', () => {
    const classes = countClasses([0, 1, 3, 3]);
    expect(classes).toEqual([
      { min: 1, max: 1, colour: CHOROPLETH_COLOURS[3] },
      { min: 2, max: 3, colour: CHOROPLETH_COLOURS[4] },
    ]);
  });

  it('splits many counts into five classes of readable bounds that cover every count', () => {
    const counts = Array.from({ length: 34 }, (_, i) => (i * 37) % 1539 + 1);
    const classes = countClasses(counts);
    expect(classes).toHaveLength(5);
    expect(classes[0]!.min).toBe(1);
    expect(classes[4]!.max).toBe(Math.max(...counts));
    for (let i = 1; i < classes.length; i += 1) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
    for (const n of counts) expect(classOf(n, classes)).not.toBeNull();
    expect(classOf(0, classes)).toBeNull();
  });
});

describe(choroplethStyles, () => {
  it('fills units by class, leaves empty ones as land, fades those outside a places filter', () => {
    const units = { counts: new Map([['320000', 4]]), inFilter: new Set(['320000']), nationwideOnly: 0 };
    const classes = countClasses([4]);
    const styles = choroplethStyles(units, classes, ['320000', '330000'], new Set(), true);
    expect(styles.get('320000')).toMatchObject({ fillColor: CHOROPLETH_COLOURS[4], fillOpacity: 1 });
    expect(styles.get('330000')!.fillOpacity).toBeLessThan(1);
    expect(styles.get('330000')!.fillColor).not.toBe(CHOROPLETH_COLOURS[4]);
  });
});
