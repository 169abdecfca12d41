import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../src/filters/filters';
import { toPartnerKindBars } from '../../src/derive/aggregate-partner-kinds';
import { applyFilters } from '../../src/derive/apply-filters';
import { buildDatasetIndex } from '../../src/model/dataset-index';
import { realDataset } from '../real-dataset';
import { fixtureDataset } from './aggregate-fixture';

const index = buildDatasetIndex(realDataset());

describe(toPartnerKindBars, () => {
  it('counts each curated initiative once per kind of partner it involves', () => {
    const bars = toPartnerKindBars(index, index.rows, index.rows, []);
    expect(Object.fromEntries(bars.map((b) => [b.id, b.total]))).toEqual({
      'multinational-company': 3,
      'private-company': 3,
      association: 1,
      'certification-body': 1,
      'city-government': 1,
      'district-government': 1,
      'park-management-committee': 1,
      'state-owned-enterprise': 1,
    });
    expect(bars[0]!.id).toBe('multinational-company');
  });

  it('shows how many of each kind pass the kind filter, keeping every kind', () => {
    const filters = toggleFilterValue(DEFAULT_FILTERS, 'partnerKinds', 'state-owned-enterprise');
    const bars = toPartnerKindBars(index, applyFilters(index, filters, { except: ['partnerKinds'] }), applyFilters(index, filters), filters.partnerKinds);
    expect(bars.find((b) => b.id === 'state-owned-enterprise')).toMatchObject({ total: 1, shown: 1, selected: true });
    // CECEP's agreement is with CATL, a private company.
    expect(bars.find((b) => b.id === 'private-company')).toMatchObject({ total: 3, shown: 1, selected: false });
    expect(bars.find((b) => b.id === 'multinational-company')).toMatchObject({ total: 3, shown: 0 });
  });

  it('counts an initiative with two partners of one kind once for that kind', () => {
    const { index: ix } = fixtureDataset({ a: 'city-government', b: 'city-government', c: 'university' }, ['s'], [
      { id: '1', sectors: ['s'], partners: ['a', 'b'], date: null },
      { id: '2', sectors: ['s'], partners: ['a', 'c'], date: null },
    ]);
    expect(toPartnerKindBars(ix, ix.rows, ix.rows, []).map((b) => [b.id, b.total])).toEqual([
      ['city-government', 2],
      ['university', 1],
    ]);
  });
});
