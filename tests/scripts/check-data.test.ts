// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDatasetDir } from '../../scripts/lib/read-dataset-dir';
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

  it('keeps the valid records of a dataset with a bad one', () => {
    const { result } = checkDatasetDir(`${FIXTURES}/unknown-organisation`);
    expect(result?.dataset.initiatives.map((i) => i.id)).toEqual(['second-record']);
  });
});

describe('npm run data:check', () => {
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
