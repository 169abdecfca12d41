import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InitiativeSchema } from '../../src/data/schema';
import { validateRecords } from '../../src/data/validate-records';

const curated = (JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Array<Record<string, unknown>> }).initiatives;

/** Copies of the curated records under new ids, one in every 97 made wrong in a different way. */
function records(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const record: Record<string, unknown> = { ...structuredClone(curated[i % curated.length]!), id: `record-${i}` };
    if (i % 97 === 3) record['sumary'] = 'a misspelt field';
    if (i % 97 === 5) record['date'] = { value: '2018-02-30', precision: 'day', basis: 'stated' };
    if (i % 97 === 7) record['places'] = [];
    return record;
  });
}

describe(validateRecords, () => {
  it('finds the same problems and keeps the same records in a small file (interpreted) and a large one (compiled)', () => {
    const large = records(6_000);
    const small = large.slice(0, 300);
    const fromLarge = validateRecords('x.json', { initiatives: large }, 'initiatives', InitiativeSchema);
    const fromSmall = validateRecords('x.json', { initiatives: small }, 'initiatives', InitiativeSchema);
    const firstProblems = fromLarge.problems.filter((p) => Number(p.recordId?.slice('record-'.length)) < 300);
    expect(fromSmall.problems.length).toBeGreaterThanOrEqual(9);
    expect(firstProblems).toEqual(fromSmall.problems);
    expect(fromLarge.records.slice(0, fromSmall.records.length)).toEqual(fromSmall.records);
    expect(fromLarge.records).toHaveLength(6_000 - fromLarge.problems.reduce((ids, p) => ids.add(p.recordId), new Set()).size);
  });
});
