import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, setPartnerPair, toggleFilterValue } from '../../../src/filters/filters';
import { isPairSelected, togglePartner, togglePartnerPair, toggleYear } from '../../../src/views/charts/chart-updates';

describe(toggleYear, () => {
  it('filters to a calendar year and clears it when pressed again', () => {
    const once = toggleYear(DEFAULT_FILTERS, 2021);
    expect([once.dateFrom, once.dateTo]).toEqual(['2021-01-01', '2021-12-31']);
    const twice = toggleYear(once, 2021);
    expect([twice.dateFrom, twice.dateTo]).toEqual([null, null]);
  });
  it('replaces another range with the year', () => {
    const f = toggleYear({ ...DEFAULT_FILTERS, dateFrom: '2021-09-30', dateTo: '2021-10-13' }, 2021);
    expect([f.dateFrom, f.dateTo]).toEqual(['2021-01-01', '2021-12-31']);
  });
});

describe(togglePartnerPair, () => {
  it('selects two partners together and removes the pair when pressed again', () => {
    const once = togglePartnerPair(DEFAULT_FILTERS, 'danfoss', 'wuxing-district-huzhou');
    expect(once).toMatchObject({ partners: ['danfoss', 'wuxing-district-huzhou'], partnerMatch: 'all' });
    expect(isPairSelected(once, 'danfoss', 'wuxing-district-huzhou')).toBe(true);
    expect(togglePartnerPair(once, 'danfoss', 'wuxing-district-huzhou')).toMatchObject({ partners: [], partnerMatch: 'any' });
    expect(togglePartnerPair(once, 'danfoss', 'cicpmc')).toMatchObject({ partners: ['danfoss', 'cicpmc'], partnerMatch: 'all' });
  });
  it('is not "selected" for the same two partners matched with "any"', () => {
    const any = toggleFilterValue(toggleFilterValue(DEFAULT_FILTERS, 'partners', 'danfoss'), 'partners', 'cicpmc');
    expect(isPairSelected(any, 'danfoss', 'cicpmc')).toBe(false);
  });
});

describe(togglePartner, () => {
  it('adds and removes partners matched with "any"', () => {
    const f = togglePartner(togglePartner(DEFAULT_FILTERS, 'catl'), 'danfoss');
    expect(f).toMatchObject({ partners: ['catl', 'danfoss'], partnerMatch: 'any' });
    expect(togglePartner(f, 'catl').partners).toEqual(['danfoss']);
  });
  it('out of a pair, keeps the other partner alone or starts again from a new one', () => {
    const pair = setPartnerPair(DEFAULT_FILTERS, ['catl', 'cecep']);
    expect(togglePartner(pair, 'catl')).toMatchObject({ partners: ['cecep'], partnerMatch: 'any' });
    expect(togglePartner(pair, 'danfoss')).toMatchObject({ partners: ['danfoss'], partnerMatch: 'any' });
  });
});
