// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDatasetDir } from '../../scripts/lib/read-dataset-dir';
import { DEFAULT_VOCABULARY } from '../../src/data/default-vocabulary';
import { validateVocabulary } from '../../src/data/validate-vocabulary';
import { termDescription, termLabel } from '../../src/data/vocabulary-terms';
import { instrumentLabel } from '../../src/model/labels';

const FIXTURES = 'tests/fixtures/datasets';
const curated = () => JSON.parse(readFileSync('data/vocabulary.json', 'utf8')) as unknown;

describe(validateVocabulary, () => {
  it('reads the curated vocabulary: the ladder in order, the end states off it after', () => {
    const { vocabulary, problems } = validateVocabulary('data/vocabulary.json', curated());
    expect(problems).toEqual([]);
    expect(vocabulary.statuses.ladder).toEqual(['announced', 'agreed', 'signed', 'launched', 'in-implementation', 'completed']);
    expect(vocabulary.statuses.offLadder).toEqual(['shelved', 'cancelled']);
    expect(vocabulary.statuses.ids).toEqual([...vocabulary.statuses.ladder, ...vocabulary.statuses.offLadder]);
    expect(vocabulary.partyRoles.ids).toEqual(['signatory', 'partner', 'host', 'witness', 'facilitator', 'launcher']);
    expect(vocabulary.placeScopes.ids).toEqual(['nationwide', 'province', 'city', 'district', 'park']);
  });

  it('labels and describes every term in English and Chinese', () => {
    const { statuses, organisationKinds } = validateVocabulary('data/vocabulary.json', curated()).vocabulary;
    expect([termLabel(statuses, 'signed', 'en'), termLabel(statuses, 'signed', 'zh')]).toEqual(['Signed', '已签署']);
    expect(termLabel(statuses, 'shelved', 'zh')).toBe('已搁置');
    expect(termLabel(organisationKinds, 'city-government', 'zh')).toBe('市人民政府');
    expect(termDescription(statuses, 'cancelled', 'en')).toMatch(/not a step of the ladder/);
    expect(termLabel(statuses, 'no-such-status', 'en')).toBe('no-such-status');
  });

  it('keeps the terms kept for new records out of every curated initiative', () => {
    const { result } = checkDatasetDir('data');
    const used = new Set(result!.dataset.initiatives.map((i) => i.instrument));
    for (const id of ['loan', 'joint-venture', 'pilot-project']) {
      expect(DEFAULT_VOCABULARY.instruments.terms.has(id)).toBe(true);
      expect(used.has(id)).toBe(false);
    }
  });

  it('leaves a bad term out with its place in the file, and loads the rest', () => {
    const dir = `${FIXTURES}/vocabulary-mistakes`;
    const { problems } = checkDatasetDir(dir);
    const inVocabulary = problems.filter((p) => p.file === `${dir}/vocabulary.json`).map((p) => [p.recordId, p.field, p.message]);
    expect(inVocabulary).toEqual([
      [null, 'partyRoles', 'Invalid input: expected array, received undefined'],
      [null, 'partyRole', 'unknown field "partyRole" — did you mean "partyRoles"?'],
      ['agreed', 'statuses.ladder.1.labelZh', 'Invalid input: expected string, received undefined'],
      ['signed', 'statuses.offLadder.2.id', 'duplicate term id "signed" (an earlier term of statuses has it)'],
      ['memorandum', 'instruments.0.lable', 'unknown field "lable" — did you mean "label"?'],
    ]);
    const { vocabulary } = validateVocabulary('v', JSON.parse(readFileSync(`${dir}/vocabulary.json`, 'utf8')));
    expect(vocabulary.statuses.ladder).toEqual(['announced', 'signed', 'launched', 'in-implementation', 'completed']);
    expect(vocabulary.instruments.ids[0]).toBe('strategic-cooperation-agreement');
  });
});

describe('terms defined in data alone', () => {
  it('accepts an instrument only the dataset\'s vocabulary defines, and labels it from there', () => {
    const { problems, result } = checkDatasetDir(`${FIXTURES}/vocabulary-new-instrument`);
    expect(problems).toEqual([]);
    const dataset = result!.dataset;
    expect(dataset.initiatives.map((i) => i.instrument)).toEqual(['technology-licence', 'cooperation-agreement']);
    expect(instrumentLabel(dataset, 'en', 'technology-licence')).toBe('Technology licence');
    expect(instrumentLabel(dataset, 'zh', 'technology-licence')).toBe('技术许可');
  });

  it('refuses the same instrument in a dataset on the built-in vocabulary, and uses that vocabulary without files.vocabulary', () => {
    expect(checkDatasetDir(`${FIXTURES}/unknown-term`).result!.dataset.vocabulary).toBe(DEFAULT_VOCABULARY);
  });

  it('refuses a term the vocabulary lacks, at its field, with the nearest term', () => {
    const dir = `${FIXTURES}/unknown-term`;
    const { problems, result } = checkDatasetDir(dir);
    expect(problems.map((p) => [p.file.slice(dir.length + 1), p.recordId, p.field, p.code])).toEqual([
      ['organisations.json', 'unknown-kind-organisation', 'kind', 'unknownTerm'],
      ['initiatives.json', 'misspelt-status', 'status', 'unknownTermNearest'],
      ['initiatives.json', 'unknown-instrument', 'instrument', 'unknownTerm'],
      ['initiatives.json', 'unknown-role', 'parties.1.role', 'unknownTerm'],
      ['initiatives.json', 'unknown-scope', 'places.0.scope', 'unknownTerm'],
    ]);
    expect(problems[1]!.message).toBe('"sigend" is not one of the statuses in the built-in vocabulary — did you mean "signed"?');
    expect(problems[1]!.values).toEqual({ value: 'sigend', list: 'the built-in vocabulary', suggestion: 'signed' });
    expect(result!.dataset.initiatives.map((i) => i.id)).toEqual(['known-terms']);
  });
});
