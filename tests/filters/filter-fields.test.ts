import { describe, expect, it } from 'vitest';
import { LIST_FIELD_SPECS, LIST_FIELDS, PARAM } from '../../src/filters/filter-fields';
import { DEFAULT_FILTERS, partnerMatchCounts, sameClause, setPartnerPair, toggleFilterValue } from '../../src/filters/filters';
import { compactFilters, viewMatchesScene } from '../../src/present/deck/scene-view';
import { SceneFiltersSchema } from '../../src/present/deck/deck-schema';
import { toFilterChips } from '../../src/filters/filter-chips';
import { createFormatter } from '../../src/i18n/format';
import { i18n } from '../../src/i18n/i18n';
import { realDataset } from '../real-dataset';

describe('the table of filter fields', () => {
  it('has one row per list field, each with its own URL parameter', () => {
    expect(LIST_FIELDS.map((spec) => spec.field)).toEqual(['sectors', 'partners', 'partnerKinds', 'places', 'statuses', 'instruments']);
    const params = LIST_FIELDS.map((spec) => spec.param);
    expect(new Set(params).size).toBe(params.length);
    expect(Object.values(PARAM)).toEqual(expect.arrayContaining([...params, 'from', 'to', 'q', 'selected', 'partnerMatch']));
  });

  it('is what a scene file is checked against', () => {
    expect(SceneFiltersSchema.safeParse({ statuses: ['signed'] }).success).toBe(true);
    // A status is a term of the dataset's vocabulary: any id by its form; the dataset says which it has.
    expect(SceneFiltersSchema.safeParse({ statuses: ['Signed!'] }).success).toBe(false);
    expect(LIST_FIELD_SPECS.statuses.known.has(realDataset(), 'signed')).toBe(true);
    expect(LIST_FIELD_SPECS.statuses.known.has(realDataset(), 'flying')).toBe(false);
    expect(SceneFiltersSchema.safeParse({ places: ['32'] }).success).toBe(false);
    expect(LIST_FIELD_SPECS.places.accepts('320500')).toBe(true);
  });

  it('accepts in the URL, without zod, exactly the values its schema accepts in a scene', () => {
    const samples = ['320500', '32', '3205001', 'catl', 'catl-cecep-2025', 'CATL', 'catl--x', '-catl', 'signed', 'flying', 'memorandum', 'city-government', 'a b', ''];
    for (const spec of LIST_FIELDS) {
      for (const value of samples) {
        const inScene = SceneFiltersSchema.safeParse({ [spec.field]: [value] }).success;
        expect([spec.field, value, spec.accepts(value)]).toEqual([spec.field, value, inScene]);
      }
    }
  });
});

describe(partnerMatchCounts, () => {
  const pair = setPartnerPair(DEFAULT_FILTERS, ['catl', 'cecep']);
  const one = { ...DEFAULT_FILTERS, partners: ['catl'] };

  it('counts with two partners or more, and only then, for filters, scenes and chips alike', () => {
    expect(partnerMatchCounts(pair)).toBe(true);
    expect(partnerMatchCounts(one)).toBe(false);
    // Filters: with one partner, "all" and "any" are the same clause.
    expect(sameClause({ ...one, partnerMatch: 'all' }, one, 'partners')).toBe(true);
    expect(sameClause(pair, { ...pair, partnerMatch: 'any' }, 'partners')).toBe(false);
    // Scenes: a saved one-partner view carries no match; a pair does.
    expect(compactFilters({ ...one, partnerMatch: 'all' })).toEqual({ partners: ['catl'] });
    expect(compactFilters(pair)).toEqual({ partners: ['catl', 'cecep'], partnerMatch: 'all' });
    const scene = { id: 's', title: 'S', caption: '', notes: '', filters: { partners: ['catl'], partnerMatch: 'all' as const }, selected: null, map: null, lead: 'map' as const, card: false };
    expect(viewMatchesScene({ filters: one, selected: null }, scene)).toBe(true);
    // Chips: "together" only for a pair.
    const dataset = realDataset();
    const format = createFormatter('en', i18n.getFixedT('en'));
    expect(toFilterChips(pair, dataset, format).map((chip) => chip.key)).toEqual(['partners:all']);
    expect(toFilterChips({ ...one, partnerMatch: 'all' }, dataset, format).map((chip) => chip.key)).toEqual(['partners:catl']);
  });

  it('falls back to "any" when a pair loses a partner', () => {
    expect(toggleFilterValue(pair, 'partners', 'cecep')).toEqual(one);
  });
});
