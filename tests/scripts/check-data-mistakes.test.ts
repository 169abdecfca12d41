// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDatasetDir } from '../../scripts/lib/read-dataset-dir';
import type { DataProblem } from '../../src/data/data-problem';

const FIXTURES = 'tests/fixtures/datasets';

/** The problems of a fixture dataset as [record, field, message, code], its file checked too. */
function problemsOf(name: string, file = 'initiatives.json', of: 'problems' | 'curationWarnings' = 'problems'): Array<[string | null, string, string, DataProblem['code']]> {
  const found = checkDatasetDir(`${FIXTURES}/${name}`)[of].filter((p) => p.file === `${FIXTURES}/${name}/${file}`);
  return found.map((p) => [p.recordId, p.field, p.message, p.code]);
}

describe('data:check catches what a hand editor gets wrong', () => {
  it('names a misspelt field at any depth, with the known name nearest to it', () => {
    const unknown = problemsOf('unknown-field').filter(([, , , code]) => code === 'unknownField' || code === 'unknownFieldNoMatch');
    expect(unknown).toEqual([
      ['typo-top', 'sumary', 'unknown field "sumary" — did you mean "summary"?', 'unknownField'],
      ['typo-date', 'date.precison', 'unknown field "precison" — did you mean "precision"?', 'unknownField'],
      ['typo-party', 'parties.0.rol', 'unknown field "rol" — did you mean "role"?', 'unknownField'],
      ['typo-place', 'places.0.nameZH', 'unknown field "nameZH" — did you mean "nameZh"?', 'unknownField'],
      ['typo-quote', 'sources.0.quotes.0.suports', 'unknown field "suports" — did you mean "supports"?', 'unknownField'],
      ['typo-translation', 'translations.zh.sumary', 'unknown field "sumary" — did you mean "summary"?', 'unknownField'],
      [
        'no-such-field',
        'colour',
        'unknown field "colour"; the fields here are "id", "title", "summary", "instrument", "status", "date", "parties", "places", "sectors", "people", "sources", "inferred", "translations"',
        'unknownFieldNoMatch',
      ],
    ]);
    expect(problemsOf('unknown-field', 'organisations.json')).toEqual([['typo-organisation', 'alias', 'unknown field "alias" — did you mean "aliases"?', 'unknownField']]);
  });

  it('still says what the misspelling left missing, and loads the valid rest', () => {
    const { problems, result } = checkDatasetDir(`${FIXTURES}/unknown-field`);
    expect(problems.find((p) => p.recordId === 'typo-top' && p.field === 'summary')?.message).toMatch(/expected string, received undefined/);
    expect(result?.dataset.initiatives.map((i) => i.id)).toEqual(['valid-record']);
  });

  it('refuses a calendar date that does not exist (Date.parse would roll it over)', () => {
    expect(problemsOf('impossible-date')).toEqual([
      ['thirtieth-of-february', 'date.value', '"2018-02-30" is not a real calendar date', 'notRealDate'],
      ['not-a-leap-year', 'date.value', '"2019-02-29" is not a real calendar date', 'notRealDate'],
      ['thirteenth-month', 'date.value', '"2018-13" is not a real calendar date', 'notRealDate'],
    ]);
    expect(checkDatasetDir(`${FIXTURES}/impossible-date`).result?.dataset.initiatives.map((i) => i.id)).toEqual(['leap-day']);
  });

  it('refuses a quote that supports a field the record does not have, or no field at all', () => {
    expect(problemsOf('quote-supports')).toEqual([
      ['supports-empty-people', 'sources.0.quotes.0.supports.1', 'the quote supports "people", which this record does not have', 'supportsAbsentField'],
      ['supports-misspelt', 'sources.0.quotes.0.supports.0', 'the quote supports "partys", which is not a field of this record — did you mean "parties"?', 'supportsUnknownField'],
      [
        'supports-nothing-like',
        'sources.0.quotes.0.supports.0',
        'the quote supports "weather", which is not a field of this record; its fields are "title", "summary", "instrument", "status", "date", "parties", "places", "sectors", "people"',
        'supportsNoSuchField',
      ],
      ['supports-absent-path', 'sources.0.quotes.0.supports.0', 'the quote supports "places.0.nameZh", which this record does not have', 'supportsAbsentField'],
    ]);
    expect(checkDatasetDir(`${FIXTURES}/quote-supports`).result?.dataset.initiatives.map((i) => i.id)).toEqual(['supports-present-path']);
  });

  it('gives a JSON syntax error its line and column, and shows the line with a caret', () => {
    const { problems } = checkDatasetDir(`${FIXTURES}/json-syntax`);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: `${FIXTURES}/json-syntax/initiatives.json`, recordId: null, field: '', code: 'jsonSyntax', values: { line: 6, column: 7 } });
    expect(problem!.message.split('\n')).toEqual([
      "not valid JSON at line 6, column 7: expected ',' or '}' after the property's value (a comma missing?)",
      '5 |       "title": "Example Energy agreement with Suzhou"',
      '6 |       "summary": "A fixture record: Example Energy and the Suzhou …',
      '  |       ^',
    ]);
    expect(problem!.message).not.toMatch(/position/);
  });

  it('accepts files and source texts that start with a byte-order mark', () => {
    const { problems, result } = checkDatasetDir(`${FIXTURES}/byte-order-mark`);
    expect(problems).toEqual([]);
    expect(result?.dataset.initiatives).toHaveLength(2);
  });
});

describe('curation warnings', () => {
  it('warns of organisations, sectors and sources nothing uses, and of look-alike organisations, as warnings only', () => {
    const dir = `${FIXTURES}/curation-warnings`;
    const { problems, curationWarnings } = checkDatasetDir(dir);
    expect(problems).toEqual([]);
    expect(curationWarnings.map((w) => [w.file.slice(dir.length + 1), w.recordId, w.field, w.message, w.code])).toEqual([
      ['organisations.json', 'example-energy-ltd', '', 'no initiative names this organisation', 'unusedOrganisation'],
      ['organisations.json', 'example-energy-group', '', 'no initiative names this organisation', 'unusedOrganisation'],
      ['organisations.json', 'unrelated-university', '', 'no initiative names this organisation', 'unusedOrganisation'],
      ['sectors.json', 'hydrogen', '', 'no initiative is in this sector', 'unusedSector'],
      ['sources.json', 'uncited-article', '', 'no initiative or organisation cites this source', 'unusedSource'],
      ['organisations.json', 'example-energy-ltd', 'name', '"Example Energy Co., Ltd." looks like "Example Energy" of organisation "example-energy": the same organisation twice?', 'lookAlikeOrganisation'],
      ['organisations.json', 'example-energy-group', 'nameZh', '"示例能源科技集团有限公司" looks like "示例能源科技股份有限公司" of organisation "example-energy": the same organisation twice?', 'lookAlikeOrganisation'],
    ]);
  });

  it('finds none in the curated dataset', () => {
    expect(checkDatasetDir('data').curationWarnings).toEqual([]);
  });

  it('prints them with data:check, which still exits 0', () => {
    const stdout = execFileSync('npx', ['tsx', 'scripts/check-data.ts', `${FIXTURES}/curation-warnings`], { encoding: 'utf8', stdio: 'pipe' });
    expect(stdout).toContain(`warning: ${FIXTURES}/curation-warnings/sectors.json, record "hydrogen": no initiative is in this sector`);
    expect(stdout).toContain('7 curation warning(s) (not errors)');
  });
});
