import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataProblem } from '../../../src/data/data-problem';
import { formatProblem } from '../../../src/data/data-problem';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { checkDeck, deckProblemLine, deckProblemMessage, type DeckProblem } from '../../../src/present/deck/check-deck';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const FILE = 'deck.json';

/** A deck with one good scene; `scene` overrides its fields. */
function deckWith(scene: Record<string, unknown> = {}, deck: Record<string, unknown> = {}) {
  return {
    version: 1,
    title: 'Test deck',
    scenes: [{ id: 'one', title: 'One', caption: 'A caption', filters: { partners: ['catl'] }, selected: 'cecep-catl-energy-storage-agreement', map: [[25, 117], [28, 121]], lead: 'map', ...scene }],
    ...deck,
  };
}
/** The problems as data:check sees them (without their wording for the screen). */
const plain = (problems: DeckProblem[]): DataProblem[] => problems.map(({ say: _say, ...problem }) => problem);
const problemsOf = (json: unknown) => plain(checkDeck(json, dataset, FILE).problems);

describe(checkDeck, () => {
  it('accepts the shipped deck (data/deck.json) against the curated dataset', () => {
    const { deck, problems } = checkDeck(JSON.parse(readFileSync('data/deck.json', 'utf8')), dataset, 'data/deck.json');
    expect(problems).toEqual([]);
    expect(deck!.scenes.map((s) => s.id)[0]).toBe('overview');
    expect(deck!.scenes.length).toBeGreaterThanOrEqual(7);
  });

  it('accepts a good deck and fills the defaults of optional fields', () => {
    const { deck, problems } = checkDeck({ version: 1, title: 'T', scenes: [{ id: 'a', title: 'A' }] }, dataset, FILE);
    expect(problems).toEqual([]);
    expect(deck!.scenes[0]).toEqual({ id: 'a', title: 'A', caption: '', notes: '', filters: {}, selected: null, map: null, lead: 'map', card: false });
  });

  it('refuses something that is not a deck at all', () => {
    expect(problemsOf([1, 2])).toEqual([{ file: FILE, recordId: null, field: '', message: expect.stringContaining('not a deck') }]);
    expect(checkDeck(null, dataset, FILE).deck).toBeNull();
  });

  it('refuses another version of the file format', () => {
    expect(problemsOf(deckWith({}, { version: 2 }))).toEqual([{ file: FILE, recordId: null, field: 'version', message: expect.stringContaining('must be 1') }]);
  });

  it('names the scene and field of a schema problem: a misspelt field, a bad id, an unknown panel', () => {
    expect(problemsOf(deckWith({ captoin: 'typo' }))).toEqual([{ file: FILE, recordId: 'one', field: '', message: expect.stringContaining('captoin') }]);
    expect(problemsOf(deckWith({ id: 'Not An Id' }))).toEqual([{ file: FILE, recordId: 'Not An Id', field: 'id', message: expect.stringContaining('lowercase') }]);
    expect(problemsOf(deckWith({ lead: 'sidebar' }))[0]).toMatchObject({ recordId: 'one', field: 'lead' });
    expect(problemsOf(deckWith({ title: '  ' }))[0]).toMatchObject({ recordId: 'one', field: 'title', message: 'must not be empty' });
  });

  it('locates a scene without a usable id by its position', () => {
    expect(problemsOf({ version: 1, title: 'T', scenes: [{ title: 'No id' }] })[0]).toMatchObject({ recordId: '#0', field: 'id' });
  });

  it('checks filter values against the schema: dates, kinds, statuses', () => {
    expect(problemsOf(deckWith({ filters: { dateFrom: '2021-02-30' } }))[0]).toMatchObject({ field: 'filters.dateFrom', message: 'is not a real calendar date' });
    expect(problemsOf(deckWith({ filters: { dateFrom: '2022-01-01', dateTo: '2021-01-01' } }))[0]).toMatchObject({ field: 'filters.dateTo', message: expect.stringContaining('before it starts') });
    expect(problemsOf(deckWith({ filters: { statuses: ['rumoured'] } }))[0]).toMatchObject({ field: 'filters.statuses.0' });
    expect(problemsOf(deckWith({ filters: { places: ['Suzhou'] } }))[0]).toMatchObject({ field: 'filters.places.0', message: expect.stringContaining('six-digit') });
  });

  it('checks that bounds are a real extent', () => {
    expect(problemsOf(deckWith({ map: [[30, 120], [29, 121]] }))).toEqual([{ file: FILE, recordId: 'one', field: 'map', message: 'south (30) must be below north (29)' }]);
    expect(problemsOf(deckWith({ map: [[30, 121], [31, 120]] }))[0]).toMatchObject({ field: 'map', message: 'west (121) must be left of east (120)' });
    expect(problemsOf(deckWith({ map: [[30, 120], [31, 200]] }))[0]).toMatchObject({ field: 'map.1.1', message: expect.stringContaining('longitude') });
    expect(problemsOf(deckWith({ map: [[30, 120]] }))[0]).toMatchObject({ field: 'map' });
  });

  it('reports duplicate scene ids', () => {
    const json = deckWith();
    json.scenes.push({ ...json.scenes[0]! });
    expect(problemsOf(json)).toEqual([{ file: FILE, recordId: 'one', field: 'id', message: 'duplicate scene id "one"' }]);
  });

  it('reports each filter value and selection naming nothing in the dataset, and drops them from the deck', () => {
    const json = deckWith({ filters: { sectors: ['energy-storage', 'fusion'], partners: ['catl', 'acme'], places: ['999999'] }, selected: 'no-such-initiative' });
    const { deck, problems } = checkDeck(json, dataset, FILE);
    expect(plain(problems)).toEqual([
      { file: FILE, recordId: 'one', field: 'filters.sectors.1', message: 'no sector "fusion" in this dataset' },
      { file: FILE, recordId: 'one', field: 'filters.partners.1', message: 'no organisation "acme" in this dataset' },
      { file: FILE, recordId: 'one', field: 'filters.places.0', message: 'no gazetteer place "999999" in this dataset' },
      { file: FILE, recordId: 'one', field: 'selected', message: 'no initiative "no-such-initiative" in this dataset' },
    ]);
    expect(deck!.scenes[0]!.filters).toEqual({ sectors: ['energy-storage'], partners: ['catl'], places: [] });
    expect(deck!.scenes[0]!.selected).toBeNull();
  });

  it('reports a card with no initiative to show', () => {
    expect(problemsOf(deckWith({ selected: null, card: true }))).toEqual([{ file: FILE, recordId: 'one', field: 'card', message: 'a card needs a selected initiative' }]);
  });
});

describe('deck problems on screen', () => {
  const en = i18n.getFixedT('en');
  let zh = en;
  beforeAll(async () => {
    await loadLocale('zh');
    zh = i18n.getFixedT('zh');
  });
  const lines = (json: unknown, t = en) => checkDeck(json, dataset, FILE).problems.map((problem) => deckProblemLine(t, problem));

  it('words each problem in English as data:check does', () => {
    const cases = [
      [1, 2],
      deckWith({}, { version: 2 }),
      deckWith({ captoin: 'typo', title: '  ' }),
      deckWith({ id: 'Not An Id' }),
      deckWith({ filters: { dateFrom: '2021-02-30', places: ['Suzhou'] } }),
      deckWith({ filters: { dateFrom: '2022-01-01', dateTo: '2021-01-01' } }),
      deckWith({ map: [[30, 121], [29, 120]] }),
      deckWith({ map: [[30, 120], [31, 200]] }),
      deckWith({ filters: { sectors: ['fusion'] }, selected: null, card: true }),
      deckWith({ filters: { partners: ['acme'] }, selected: 'gone' }),
    ];
    for (const json of cases) {
      const { problems } = checkDeck(json, dataset, FILE);
      // A wording the app has replaces the message the schema gives only where they say the same.
      for (const problem of problems.filter((p) => p.say && p.say.kind !== 'invalidType' && !(p.say.kind === 'text' && ['unknownKeys', 'invalidOption', 'tooLong'].includes(p.say.key)))) {
        expect(deckProblemLine(en, problem)).toBe(formatProblem(problem));
      }
    }
  });

  it('words every problem in Chinese, naming the record and field', () => {
    expect(lines(deckWith({ filters: { partners: ['acme'] }, selected: 'gone' }), zh)).toEqual([
      'deck.json，记录“one”，字段“filters.partners.0”：本数据集中没有机构“acme”',
      'deck.json，记录“one”，字段“selected”：本数据集中没有举措“gone”',
    ]);
    expect(lines(deckWith({ map: [[30, 120], [29, 121]] }), zh)).toEqual(['deck.json，记录“one”，字段“map”：南界（30）须小于北界（29）']);
    expect(lines(deckWith({}, { version: 2 }), zh)).toEqual(['deck.json，字段“version”：须为1：本应用只读取第1版的场景集文件']);
    const schema = [
      deckWith({ captoin: 'typo' }),
      deckWith({ title: '  ', lead: 'sidebar', id: 'Not An Id' }),
      deckWith({ filters: { dateFrom: '2021-02-30', dateTo: 'soon', places: ['Suzhou'] }, card: 'yes' }),
      deckWith({ map: [[30, 120], [31, 200]], title: 'x'.repeat(200) }),
      [1, 2],
    ];
    for (const json of schema) {
      for (const problem of checkDeck(json, dataset, FILE).problems) {
        const message = deckProblemMessage(zh, problem);
        expect(problem.say, problem.message).not.toBeNull();
        // No English words but the ids and codes the file itself holds, in quotes.
        expect(message.replace(/"[^"]*"|“[^”]*”|GB\/T/g, '').match(/[A-Za-z]{2,}/g), message).toBeNull();
      }
    }
  });
});
