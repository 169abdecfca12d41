import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY } from '../../src/data/default-vocabulary';
import { DEFAULT_FILTERS } from '../../src/filters/filters';
import { dropUnknownValues } from '../../src/filters/drop-unknown-values';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, urlNoticeReason, type UrlState } from '../../src/filters/url-codec';
import { i18n, showLocale } from '../../src/i18n/i18n';
import { realDataset } from '../real-dataset';

const roundTrip = (state: UrlState) => parseUrlState(formatUrlState(state)).state;

describe(formatUrlState, () => {
  it('writes nothing for the defaults', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('keeps parameters it does not own', () => {
    const state = { ...DEFAULT_URL_STATE, filters: { ...DEFAULT_FILTERS, sectors: ['energy-storage'] } };
    expect(formatUrlState(state, '?dataset=synthetic/n10&sector=old&utm=x')).toBe('?dataset=synthetic%2Fn10&utm=x&sector=energy-storage');
  });
});

describe(parseUrlState, () => {
  const cases: Array<[string, Partial<UrlState['filters']> | { selected: string }]> = [
    ['from', { dateFrom: '2020-01-01' }],
    ['to', { dateTo: '2021-12-31' }],
    ['sectors', { sectors: ['energy-storage', 'cold-chain'] }],
    ['partners', { partners: ['catl'] }],
    ['partnerMatch', { partners: ['catl', 'cecep'], partnerMatch: 'all' }],
    ['partnerKinds', { partnerKinds: ['state-owned-enterprise'] }],
    ['places', { places: ['320500', '210000'] }],
    ['statuses', { statuses: ['signed', 'agreed'] }],
    ['instruments', { instruments: ['memorandum'] }],
    ['query', { query: 'Suzhou 苏州 & co' }],
  ];
  it.each(cases)('round-trips %s', (_field, change) => {
    const state: UrlState = { filters: { ...DEFAULT_FILTERS, ...change }, selected: null };
    expect(roundTrip(state)).toEqual(state);
  });

  it('round-trips the selected initiative', () => {
    const state: UrlState = { filters: DEFAULT_FILTERS, selected: 'catl-liaoning-fangda-zero-carbon-cluster' };
    expect(roundTrip(state)).toEqual(state);
  });

  it('drops a bad value but keeps the others, with a notice', () => {
    const { state, notices } = parseUrlState('?sector=energy-storage,BAD!&status=signed,Flying!&from=2021-02-30&place=320500');
    expect(state.filters.sectors).toEqual(['energy-storage']);
    expect(state.filters.statuses).toEqual(['signed']);
    expect(state.filters.dateFrom).toBeNull();
    expect(state.filters.places).toEqual(['320500']);
    expect(notices.map((n) => n.param).sort()).toEqual(['from', 'sector', 'status']);
    // Structured: a reason code and the field, worded by the view in the display language.
    expect(notices).toEqual(
      expect.arrayContaining([
        { param: 'sector', value: 'BAD!', reason: 'invalid', field: 'sectors' },
        { param: 'status', value: 'Flying!', reason: 'invalid', field: 'statuses' },
        { param: 'from', value: '2021-02-30', reason: 'date' },
      ]),
    );
  });

  it('reads an old link with "partners together" and one partner as that partner alone (the match counts only for two or more)', () => {
    const { state, notices } = parseUrlState('?partner=catl&partnerMatch=all');
    expect(state.filters).toEqual({ ...DEFAULT_FILTERS, partners: ['catl'] });
    expect(notices).toEqual([]);
    expect(formatUrlState(state)).toBe('?partner=catl');
  });

  it('names every list field by its table parameter, and no other', () => {
    const search = formatUrlState({ filters: { ...DEFAULT_FILTERS, sectors: ['a'], partners: ['b'], partnerKinds: ['university'], places: ['320500'], statuses: ['signed'], instruments: ['memorandum'] }, selected: null });
    expect([...new URLSearchParams(search).keys()]).toEqual(['sector', 'partner', 'kind', 'place', 'status', 'instrument']);
  });

  it('drops a range that ends before it starts', () => {
    const { state, notices } = parseUrlState('?from=2022-01-01&to=2021-01-01');
    expect([state.filters.dateFrom, state.filters.dateTo]).toEqual([null, null]);
    expect(notices).toHaveLength(1);
  });
});

describe(urlNoticeReason, () => {
  afterEach(() => showLocale('en'));
  const { notices: parsed } = parseUrlState('?place=32&partnerMatch=both&q=' + 'x'.repeat(250) + '&selected=Not_An_Id');
  const { notices: dropped } = dropUnknownValues(parseUrlState('?sector=no-such-sector&selected=no-such-initiative').state, realDataset());
  const notices = [...parsed, ...dropped];

  it('says why in English as before', () => {
    const t = i18n.getFixedT('en');
    expect(notices.map((n) => urlNoticeReason(t, n))).toEqual([
      'not a valid place code (six digits)',
      'must be "all" or "any"',
      'longer than 200 characters; cut',
      'not a valid initiative id',
      'no sector "no-such-sector" in this dataset',
      'no such initiative in this dataset',
    ]);
  });

  it('says why in Chinese, with no English left but the value', async () => {
    await showLocale('zh');
    const t = i18n.getFixedT('zh');
    const reasons = notices.map((n) => urlNoticeReason(t, n));
    expect(reasons).toEqual([
      '不是有效的地点代码（应为六位数字）',
      '取值无效，已按“任一合作方”处理',
      '超过 200 个字符，已截断',
      '不是有效的举措 ID',
      '本数据集中没有领域“no-such-sector”',
      '本数据集中没有该举措',
    ]);
  });
});

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const dayArb = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    from: fc.option(dayArb, { nil: null }),
    to: fc.option(dayArb, { nil: null }),
    sectors: fc.uniqueArray(idArb, { maxLength: 4 }),
    partners: fc.uniqueArray(idArb, { maxLength: 4 }),
    partnerMatch: fc.constantFrom('any' as const, 'all' as const),
    partnerKinds: fc.uniqueArray(fc.constantFrom(...DEFAULT_VOCABULARY.organisationKinds.ids), { maxLength: 3 }),
    places: fc.uniqueArray(fc.stringMatching(/^\d{6}$/), { maxLength: 3 }),
    statuses: fc.uniqueArray(fc.constantFrom(...DEFAULT_VOCABULARY.statuses.ids), { maxLength: 3 }),
    instruments: fc.uniqueArray(fc.constantFrom(...DEFAULT_VOCABULARY.instruments.ids), { maxLength: 3 }),
    query: fc.string({ maxLength: 60 }),
    selected: fc.option(idArb, { nil: null }),
  })
  .map(({ from, to, selected, partnerMatch, ...lists }) => {
    const [dateFrom, dateTo] = from && to && from > to ? [to, from] : [from, to];
    // A valid state follows the partner-match rule: "all" only with two partners or more.
    return { filters: { ...DEFAULT_FILTERS, ...lists, partnerMatch: lists.partners.length > 1 ? partnerMatch : ('any' as const), dateFrom, dateTo }, selected };
  });

describe('URL codec properties', () => {
  it('round-trips every valid state', () => {
    fc.assert(fc.property(stateArb, (state) => {
        expect(roundTrip(state)).toEqual(state);
      }), { numRuns: 300 });
  });

  it('never throws on any string and always yields a usable state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }).map((s) => `?q=${s}&sector=${s}&from=${s}`)), (search) => {
        const { state } = parseUrlState(search);
        expect(Array.isArray(state.filters.sectors)).toBe(true);
        expect(typeof state.filters.query).toBe('string');
        // What it parsed writes back and reads the same.
        expect(roundTrip(state)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
