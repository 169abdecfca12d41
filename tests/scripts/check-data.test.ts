// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDatasetDir } from '../../scripts/lib/read-dataset-dir';
import { summariseGaps } from '../../scripts/lib/translation-gaps';
import { formatProblem } from '../../src/data/data-problem';

const FIXTURES = 'tests/fixtures/datasets';

describe('checkDatasetDir', () => {
  it('passes the curated dataset with every quote verbatim', () => {
    const { result, problems } = checkDatasetDir('data');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(result?.dataset.initiatives).toHaveLength(6);
  });

  it('passes the valid base fixture', () => {
    expect(checkDatasetDir(`${FIXTURES}/base`).problems).toEqual([]);
  });

  const cases: Array<[string, { file: string; recordId: string | null; field: string; message: RegExp }]> = [
    ['invalid-field', { file: 'invalid-field/initiatives.json', recordId: 'example-suzhou-agreement', field: 'date.value', message: /not a real calendar date/ }],
    ['duplicate-id', { file: 'duplicate-id/initiatives.json', recordId: 'example-suzhou-agreement', field: 'id', message: /duplicate id/ }],
    ['unknown-organisation', { file: 'unknown-organisation/initiatives.json', recordId: 'example-suzhou-agreement', field: 'parties.1.organisation', message: /no organisation with id "no-such-org"/ }],
    ['unknown-place', { file: 'unknown-place/initiatives.json', recordId: 'example-suzhou-agreement', field: 'places.0.gazetteerId', message: /"999999" \(Suzhou\) is not in the gazetteer/ }],
    ['quote-not-verbatim', { file: 'quote-not-verbatim/initiatives.json', recordId: 'example-suzhou-agreement', field: 'sources.0.quotes.0.text', message: /not verbatim in source "base-article"/ }],
    ['unknown-sector', { file: 'unknown-sector/initiatives.json', recordId: 'example-suzhou-agreement', field: 'sectors.0', message: /"space-mining" is not a sector/ }],
    ['unknown-source', { file: 'unknown-source/initiatives.json', recordId: 'example-suzhou-agreement', field: 'sources.0.source', message: /no source with id "no-such-source"/ }],
    ['missing-source-text', { file: 'missing-source-text/sources.json', recordId: 'base-article', field: 'file', message: /"sources\/missing.txt" is missing/ }],
    ['unreadable-json', { file: 'unreadable-json/initiatives.json', recordId: null, field: '', message: /not valid JSON/ }],
    ['municipality-as-city', { file: 'municipality-as-city/initiatives.json', recordId: 'beijing-as-city', field: 'places.0.gazetteerId', message: /"110000" is the municipality Beijing \(provincial level\); use 110100 for Beijing as a city$/ }],
  ];

  it.each(cases)('catches %s with file, record and field', (name, expected) => {
    const { problems } = checkDatasetDir(`${FIXTURES}/${name}`);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.file).toBe(`${FIXTURES}/${expected.file}`);
    expect(problem!.recordId).toBe(expected.recordId);
    expect(problem!.field).toBe(expected.field);
    expect(problem!.message).toMatch(expected.message);
  });

  it('accepts Hong Kong as a city by its provincial-level id (the gazetteer has no city under a SAR)', () => {
    const { result } = checkDatasetDir(`${FIXTURES}/municipality-as-city`);
    expect(result?.dataset.initiatives.map((i) => i.id)).toEqual(['hong-kong-as-city']);
  });

  it('keeps the valid records of a dataset with a bad one', () => {
    const { result } = checkDatasetDir(`${FIXTURES}/unknown-organisation`);
    expect(result?.dataset.initiatives.map((i) => i.id)).toEqual(['second-record']);
  });
});

describe('translation gaps (warnings)', () => {
  it('finds none in the curated dataset and its deck: every text has English and Chinese', () => {
    const { warnings } = checkDatasetDir('data');
    expect(warnings.map(formatProblem)).toEqual([]);
    expect(summariseGaps(warnings)).toBe('Translations: every text has an English and a Chinese version.');
  });

  it('lists, one each, what lacks a Chinese or an English version, and never as a problem', () => {
    const dir = `${FIXTURES}/translation-gaps`;
    const { problems, warnings } = checkDatasetDir(dir);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      `${dir}/manifest.json, field "translations.zh.description": no Chinese description`,
      `${dir}/organisations.json, record "ningde-government", field "nameZh": no Chinese name for Ningde city government`,
      `${dir}/sources.json, record "zh-article", field "date.reasonZh": no Chinese reason for the date`,
      `${dir}/sectors.json, record "energy-storage", field "descriptionZh": no Chinese description for Energy storage`,
      `${dir}/initiatives.json, record "gappy-record", field "translations.zh": no Chinese title and summary`,
      `${dir}/initiatives.json, record "gappy-record", field "date.reasonZh": no Chinese reason for the date`,
      `${dir}/initiatives.json, record "gappy-record", field "places.0.nameZh": no Chinese name for "Ningde"`,
      `${dir}/initiatives.json, record "gappy-record", field "places.0.reasonZh": no Chinese reason for the place "Ningde"`,
      `${dir}/initiatives.json, record "gappy-record", field "people.0.translations.zh": no Chinese title for Titled Person`,
      `${dir}/initiatives.json, record "gappy-record", field "people.1.translations.zh": no Chinese role for Untitled Person`,
      `${dir}/initiatives.json, record "gappy-record", field "sources.0.quotes.0.translations.zh": no Chinese translation of the English quote "This is a hand-written test fixture"`,
      `${dir}/initiatives.json, record "gappy-record", field "sources.1.quotes.0.translations.zh": no Chinese translation of the Russian quote "подписала соглашение о сотрудничестве"`,
      `${dir}/initiatives.json, record "gappy-record", field "sources.1.quotes.1.translations.en": no English translation of the Russian quote "Это тестовые данные"`,
      `${dir}/initiatives.json, record "gappy-record", field "sources.1.quotes.1.translations.zh": no Chinese translation of the Russian quote "Это тестовые данные"`,
      `${dir}/initiatives.json, record "gappy-record", field "sources.2.quotes.0.translations.en": no English translation of the Chinese quote "这是手写的测试数据"`,
      `${dir}/initiatives.json, record "gappy-record", field "inferred.0.reasonZh": no Chinese reason why instrument is inferred`,
      `${dir}/deck.json, field "translations.zh": no Chinese deck title`,
      `${dir}/deck.json, record "notes-missing", field "translations.zh": no Chinese notes`,
      `${dir}/deck.json, record "untranslated", field "translations.zh": no Chinese title and caption`,
      `${dir}/deck.json, record "chinese-scene", field "translations.en": no English title and caption`,
    ]);
    expect(summariseGaps(warnings)).toBe(
      '20 translation gaps (warnings, not errors): 3 lack English (2 quotes, 1 scene); ' +
        '17 lack Chinese (1 organisation name, 1 initiative, 1 place name, 2 people, 3 quotes, 4 reasons, 1 sector description, 1 manifest, 1 deck title, 2 scenes).',
    );
  });

  it('asks no English for a name in Latin letters quoted from a Russian text', () => {
    const { warnings } = checkDatasetDir(`${FIXTURES}/translation-gaps`);
    expect(warnings.filter((w) => w.recordId === 'complete-record' || w.recordId === 'example-energy')).toEqual([]);
  });

  it('reports an untranslated dataset record by record', () => {
    const { warnings } = checkDatasetDir(`${FIXTURES}/base`);
    expect(warnings.filter((w) => w.kind === 'organisation').map((w) => w.recordId)).toEqual(['example-energy', 'suzhou-government']);
    expect(warnings.every((w) => w.lang === 'zh')).toBe(true);
    expect(summariseGaps(warnings)).toBe('10 translation gaps (warnings, not errors): 10 lack Chinese (2 organisation names, 2 initiatives, 2 place names, 2 quotes, 1 sector description, 1 manifest).');
  });
});

describe('npm run data:check', () => {
  it('prints translation gaps as warnings, one line each, with a total, and exits 0', () => {
    const stdout = execFileSync('npx', ['tsx', 'scripts/check-data.ts', `${FIXTURES}/translation-gaps`], { encoding: 'utf8', stdio: 'pipe' });
    const lines = stdout.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('warning: '))).toHaveLength(20);
    expect(lines).toContain(`warning: ${FIXTURES}/translation-gaps/deck.json, record "chinese-scene", field "translations.en": no English title and caption`);
    expect(lines.at(-1)).toMatch(/^20 translation gaps \(warnings, not errors\): 3 lack English/);
  });

  it('prints one line per problem and exits non-zero', () => {
    let status = 0;
    let stdout = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/check-data.ts', `${FIXTURES}/unknown-place`], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      status = failed.status;
      stdout = failed.stdout;
    }
    expect(status).toBe(1);
    expect(stdout.trim()).toBe(
      `${FIXTURES}/unknown-place/initiatives.json, record "example-suzhou-agreement", field "places.0.gazetteerId": "999999" (Suzhou) is not in the gazetteer`,
    );
  });
});
