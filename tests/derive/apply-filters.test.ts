import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, sameClause, setDateRange, setPartnerPair, toggleFilterValue, type Filters } from '../../src/filters/filters';
import fc from 'fast-check';
import { applyFilters, contextsByClause, createRowsExcept } from '../../src/derive/apply-filters';
import { fixtureDataset } from './aggregate-fixture';
import { buildDatasetIndex } from '../../src/model/dataset-index';
import { realDataset } from '../real-dataset';

const index = buildDatasetIndex(realDataset());
const ids = (filters: Filters, except?: Parameters<typeof applyFilters>[2]) => applyFilters(index, filters, except).map((r) => r.initiative.id).sort();

describe(applyFilters, () => {
  it('keeps everything with no filters', () => {
    expect(ids(DEFAULT_FILTERS)).toHaveLength(6);
  });

  it('matches a partner by organisation id', () => {
    expect(ids(toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl'))).toEqual([
      'catl-liaoning-fangda-zero-carbon-cluster',
      'cecep-catl-energy-storage-agreement',
    ]);
  });

  it('matches no record with a value no record has (a link from another dataset), alone or in a pair', () => {
    expect(ids(toggleFilterValue(DEFAULT_FILTERS, 'partners', 'nobody'))).toEqual([]);
    expect(ids(toggleFilterValue(toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl'), 'partners', 'nobody'))).toHaveLength(2);
    expect(ids(setPartnerPair(DEFAULT_FILTERS, ['catl', 'nobody']))).toEqual([]);
  });

  it('matches a province for every place inside it', () => {
    expect(ids(toggleFilterValue(DEFAULT_FILTERS, 'places', '320000'))).toEqual(['schneider-electric-suzhou-parks-mou']);
    expect(ids(toggleFilterValue(DEFAULT_FILTERS, 'places', '210000'))).toEqual(['catl-liaoning-fangda-zero-carbon-cluster']);
  });

  it('overlaps date spans and leaves undated records out of a set range', () => {
    // Siemens is "Sep 2021" (a month span); Zibo is Oct 13, 2021; Schneider is undated.
    expect(ids(setDateRange(DEFAULT_FILTERS, '2021-09-30', '2021-10-13'))).toEqual([
      'energy-chain-zibo-cqc-double-carbon-agreement',
      'siemens-china-zero-carbon-pioneer-program',
    ]);
    expect(ids(setDateRange(DEFAULT_FILTERS, '2000-01-01', '2030-12-31'))).not.toContain('schneider-electric-suzhou-parks-mou');
  });

  it('combines clauses with AND and values within a clause with OR', () => {
    let filters = toggleFilterValue(DEFAULT_FILTERS, 'partnerKinds', 'multinational-company');
    filters = toggleFilterValue(filters, 'statuses', 'signed');
    expect(ids(filters)).toEqual(['schneider-electric-suzhou-parks-mou']);
    filters = toggleFilterValue(filters, 'statuses', 'agreed');
    expect(ids(filters)).toEqual(['danfoss-wuxing-zero-carbon-agreement', 'schneider-electric-suzhou-parks-mou']);
  });

  it('matches partners together when partnerMatch is "all"', () => {
    const filters = setPartnerPair(DEFAULT_FILTERS, ['catl', 'cecep']);
    expect(ids(filters)).toEqual(['cecep-catl-energy-storage-agreement']);
    expect(ids({ ...filters, partnerMatch: 'any' })).toHaveLength(2);
  });

  it('skips the clauses a view owns (cross-filtering)', () => {
    const filters = toggleFilterValue(toggleFilterValue(DEFAULT_FILTERS, 'sectors', 'energy-storage'), 'partners', 'danfoss');
    expect(ids(filters)).toEqual([]);
    expect(ids(filters, { except: ['sectors'] })).toEqual(['danfoss-wuxing-zero-carbon-agreement']);
  });

  it('applies the search matches it is given', () => {
    const filters = { ...DEFAULT_FILTERS, query: 'x' };
    expect(ids(filters, { queryMatches: new Set(['siemens-china-zero-carbon-pioneer-program']) })).toEqual(['siemens-china-zero-carbon-pioneer-program']);
  });
});

describe(contextsByClause, () => {
  const sectorIds = ['s1', 's2', 's3', 's4'];
  const orgs = { a: 'private-company', b: 'city-government', c: 'university', d: 'multinational-company' } as const;
  // 'ghost' is named by records but not in the dataset's organisations (no kind).
  const partnerIds = [...Object.keys(orgs), 'ghost'];
  const record = fc.record({
    // Repeated values, as a careless record might hold them.
    sectors: fc.array(fc.constantFrom(...sectorIds), { minLength: 1, maxLength: 4 }),
    partners: fc.array(fc.constantFrom(...partnerIds), { minLength: 1, maxLength: 4 }),
    date: fc.option(fc.constantFrom('2019', '2020-03', '2020-11-30', '2021-06', '2022'), { nil: null }),
  });
  const filters = fc.record({
    sectors: fc.uniqueArray(fc.constantFrom(...sectorIds, 'unknown-sector'), { maxLength: 2 }),
    partners: fc.uniqueArray(fc.constantFrom(...partnerIds, 'unknown-org'), { maxLength: 2 }),
    partnerMatch: fc.constantFrom('any' as const, 'all' as const),
    partnerKinds: fc.uniqueArray(fc.constantFrom(...Object.values(orgs)), { maxLength: 2 }),
    dateFrom: fc.option(fc.constantFrom('2020-01-01', '2020-11-30'), { nil: null }),
    query: fc.constantFrom('', 'q'),
    playhead: fc.option(fc.integer({ min: 17_000, max: 19_500 }), { nil: null }),
    matches: fc.uniqueArray(fc.nat({ max: 24 }), { maxLength: 10 }),
  });

  it('gives each active clause the rows applyFilters gives without that clause, in one pass', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 25 }), filters, (records, f) => {
        const { index: ix } = fixtureDataset(orgs, sectorIds, records.map((r, i) => ({ id: String(i), ...r })));
        const { playhead, matches, ...set } = f;
        const queryMatches = new Set(matches.map(String));
        const all: Filters = { ...DEFAULT_FILTERS, ...set, dateTo: null };
        const contexts = contextsByClause(ix, all, { playhead, queryMatches });
        for (const [clause, rows] of contexts) expect(rows).toEqual(applyFilters(ix, all, { except: [clause], playhead, queryMatches }));
        const active: string[] = (['sectors', 'partners', 'partnerKinds', 'date', 'query'] as const).filter((c) => (c === 'date' ? all.dateFrom !== null : c === 'query' ? all.query !== '' : all[c].length > 0));
        // The playhead is a clause too (the timeline's own).
        if (playhead !== null) active.push('playhead');
        expect([...contexts.keys()].sort()).toEqual([...active].sort());
      }),
    );
  });
});

describe(createRowsExcept, () => {
  const energy = toggleFilterValue(DEFAULT_FILTERS, 'sectors', 'energy-storage');
  const state = (next: ReturnType<typeof createRowsExcept>, filters: Filters, playhead: number | null = null) =>
    next(filters, { queryMatches: null, playhead }, applyFilters(index, filters, { playhead }));

  it('gives the same rows as applyFilters for every set of skipped clauses', () => {
    const filters = toggleFilterValue(energy, 'partners', 'catl');
    const rowsExcept = state(createRowsExcept(index), filters);
    for (const except of [[], ['sectors'], ['partners'], ['sectors', 'partners'], ['date']] as const) {
      expect(rowsExcept(except)).toEqual(applyFilters(index, filters, { except }));
    }
  });

  it('reuses the rows of the last state when only skipped clauses changed, and recomputes when another did', () => {
    const next = createRowsExcept(index);
    const before = state(next, DEFAULT_FILTERS);
    const sectorContext = before(['sectors']);
    const partnerContext = before(['partners']);
    const after = state(next, energy);
    // Ticking a sector leaves the sector chart's own context as it was: the very same rows.
    expect(after(['sectors'])).toBe(sectorContext);
    // The partner chart's context now has only energy-storage initiatives.
    expect(after(['partners'])).not.toBe(partnerContext);
    expect(after(['partners'])).toEqual(applyFilters(index, energy, { except: ['partners'] }));
    // A playhead cuts every context but the one that skips it: nothing else is reused across it.
    const played = state(next, energy, 0);
    expect(played(['sectors'])).toEqual([]);
    expect(played(['playhead'])).toEqual(applyFilters(index, energy));
  });
});

describe(sameClause, () => {
  it('compares one clause, ignoring list order and the partner match when no partner is chosen', () => {
    const ab = { ...DEFAULT_FILTERS, sectors: ['a', 'b'] };
    expect(sameClause(ab, { ...DEFAULT_FILTERS, sectors: ['b', 'a'] }, 'sectors')).toBe(true);
    expect(sameClause(ab, DEFAULT_FILTERS, 'sectors')).toBe(false);
    expect(sameClause(ab, DEFAULT_FILTERS, 'statuses')).toBe(true);
    expect(sameClause(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, partnerMatch: 'all' }, 'partners')).toBe(true);
    expect(sameClause(setPartnerPair(DEFAULT_FILTERS, ['catl', 'cecep']), toggleFilterValue(toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl'), 'partners', 'cecep'), 'partners')).toBe(false);
    expect(sameClause(setDateRange(DEFAULT_FILTERS, '2021-01-01', null), DEFAULT_FILTERS, 'date')).toBe(false);
    expect(sameClause({ ...DEFAULT_FILTERS, query: 'catl ' }, { ...DEFAULT_FILTERS, query: 'catl' }, 'query')).toBe(true);
  });
});
