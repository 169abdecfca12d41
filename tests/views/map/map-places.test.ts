import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../../src/data/schema';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { DEFAULT_VOCABULARY } from '../../../src/data/default-vocabulary';
import { dominantStatus, groupByPlace } from '../../../src/views/map/map-places';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const rows = index.rows;

describe(groupByPlace, () => {
  const places = groupByPlace(index, rows, dataset.gazetteer, []);

  it('puts each city initiative at its gazetteer city, a park or district at its city', () => {
    const byId = Object.fromEntries(places.cities.map((g) => [g.id, g.initiativeIds]));
    expect(byId).toEqual({
      '320500': ['schneider-electric-suzhou-parks-mou'],
      '330500': ['danfoss-wuxing-zero-carbon-agreement'],
      '350900': ['cecep-catl-energy-storage-agreement'],
      '370300': ['energy-chain-zibo-cqc-double-carbon-agreement'],
    });
  });

  it('counts an initiative once at a city even when it names two parks there', () => {
    const suzhou = places.cities.find((g) => g.id === '320500')!;
    expect(suzhou.initiativeIds).toHaveLength(1);
    expect(suzhou.statusCounts.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('keeps a province-scope initiative as its province, inferred, not as a pin', () => {
    expect(places.provinces.map((g) => [g.id, g.initiativeIds, g.inferredCount])).toEqual([['210000', ['catl-liaoning-fangda-zero-carbon-cluster'], 1]]);
    expect(places.cities.some((g) => g.initiativeIds.includes('catl-liaoning-fangda-zero-carbon-cluster'))).toBe(false);
  });

  it('lists nationwide initiatives apart, with how many are inferred', () => {
    expect(places.nationwide).toEqual({ initiativeIds: ['siemens-china-zero-carbon-pioneer-program'], inferredCount: 1 });
  });

  it('marks places in the places filter, a city also when its province is filtered', () => {
    const filtered = groupByPlace(index, rows, dataset.gazetteer, ['330000', '210000']);
    expect(filtered.cities.filter((g) => g.inFilter).map((g) => g.id)).toEqual(['330500']);
    expect(filtered.provinces.every((g) => g.inFilter)).toBe(true);
  });

  it('counts an initiative as inferred at a city only when every place it names there is inferred', () => {
    const park = (name: string, basis: 'stated' | 'inferred') =>
      basis === 'stated' ? { scope: 'park', gazetteerId: '320500', name, basis } : { scope: 'park', gazetteerId: '320500', name, basis, reason: 'from the park name' };
    const mixed = { ...dataset.initiatives[0]!, id: 'mixed', places: [park('A', 'inferred'), park('B', 'stated')] } as Initiative;
    const guessed = { ...dataset.initiatives[0]!, id: 'guessed', places: [park('A', 'inferred'), park('B', 'inferred')] } as Initiative;
    const ix = buildDatasetIndex({ ...dataset, initiatives: [mixed, guessed] });
    const suzhou = groupByPlace(ix, ix.rows, dataset.gazetteer, []).cities[0]!;
    expect([suzhou.id, suzhou.initiativeIds, suzhou.inferredCount]).toEqual(['320500', ['mixed', 'guessed'], 1]);
  });

  it('counts, and does not draw, a place missing from the gazetteer', () => {
    const stray = { ...dataset.initiatives[0]!, places: [{ scope: 'city', gazetteerId: '999999', name: 'Nowhere', basis: 'stated' }] } as Initiative;
    const strayIndex = buildDatasetIndex({ ...dataset, initiatives: [stray] });
    const result = groupByPlace(strayIndex, strayIndex.rows, dataset.gazetteer, []);
    expect(result.unplaced).toBe(1);
    expect(result.cities).toEqual([]);
  });
});

describe(dominantStatus, () => {
  it('takes the most common status, a tie going further along the ladder', () => {
    expect(dominantStatus([0, 3, 1, 0, 0, 0], DEFAULT_VOCABULARY.statuses)).toBe('agreed');
    expect(dominantStatus([2, 0, 2, 0, 0, 0], DEFAULT_VOCABULARY.statuses)).toBe('signed');
    expect(dominantStatus([0, 0, 0, 0, 0, 0], DEFAULT_VOCABULARY.statuses)).toBe('completed');
  });
});
