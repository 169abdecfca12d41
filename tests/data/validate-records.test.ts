import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InitiativeSchema, OrganisationSchema, SourceSchema } from '../../src/data/schema';
import { validateRecords } from '../../src/data/validate-records';

type Raw = Record<string, unknown>;
const read = (file: string, key: string) => (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as Record<string, Raw[]>)[key]!;
const curated = read('initiatives.json', 'initiatives');
const organisations = read('organisations.json', 'organisations');

/** Copies of `base` under new ids, one in every 97 made wrong by one of `mistakes` in turn. */
function records(base: readonly Raw[], count: number, mistakes: ReadonlyArray<(record: Raw) => void>): Raw[] {
  return Array.from({ length: count }, (_, i) => {
    const record: Raw = { ...structuredClone(base[i % base.length]!), id: `record-${i}` };
    if (i % 97 < mistakes.length) mistakes[i % 97]!(record);
    return record;
  });
}

/** A small file (zod's interpreter) and a large one (its compiled parser) of the same records. */
function bothWays<T>(list: Raw[], key: string, schema: z.ZodType<T>) {
  const small = structuredClone(list.slice(0, 300));
  const fromLarge = validateRecords('x.json', { [key]: list }, key, schema);
  const fromSmall = validateRecords('x.json', { [key]: small }, key, schema);
  const inSmall = (p: { recordId: string | null }) => Number(p.recordId?.slice('record-'.length)) < 300;
  return { fromLarge, fromSmall, firstProblems: fromLarge.problems.filter(inSmall) };
}

describe(validateRecords, () => {
  it('finds the same problems in a small file (interpreted) and a large one (compiled)', () => {
    const list = records(curated, 6_000, [
      (r) => (r['sumary'] = 'a misspelt field'),
      (r) => (r['date'] = { value: '2018-02-30', precision: 'day', basis: 'stated' }),
      (r) => (r['places'] = []),
      (r) => delete r['title'],
      (r) => (r['sectors'] = 'x'),
      (r) => (r['parties'] = [{ organisation: 'Not An Id', role: 'signatory' }]),
    ]);
    const { fromLarge, fromSmall, firstProblems } = bothWays(list, 'initiatives', InitiativeSchema);
    expect(new Set(fromSmall.problems.map((p) => p.field))).toEqual(new Set(['sumary', 'date.value', 'places', 'title', 'sectors', 'parties.0.organisation']));
    expect(firstProblems).toEqual(fromSmall.problems);
    expect(fromLarge.records).toHaveLength(6_000 - new Set(fromLarge.problems.map((p) => p.recordId)).size);
  });

  it('makes the same copies both ways where the schema fills in defaults', () => {
    const list = records(organisations, 6_000, [(r) => delete r['aliases'], (r) => delete r['sources'], (r) => (r['homeCountry'] = 'China')]);
    const { fromLarge, fromSmall, firstProblems } = bothWays(list, 'organisations', OrganisationSchema);
    expect(fromSmall.problems.map((p) => p.field)).toEqual(['homeCountry', 'homeCountry', 'homeCountry', 'homeCountry']); // records 2, 99, 196 and 293
    expect(firstProblems).toEqual(fromSmall.problems);
    expect(fromLarge.records.slice(0, fromSmall.records.length)).toEqual(fromSmall.records);
    expect(fromSmall.records.every((o) => Array.isArray(o.aliases) && Array.isArray(o.sources))).toBe(true);
  });
});

describe('validateRecords with a schema that returns its input', () => {
  it("keeps the JSON's own records only where zod's copy equals them", () => {
    const kept = validateRecords('x.json', { initiatives: curated }, 'initiatives', InitiativeSchema).records;
    kept.forEach((record, i) => {
      expect(record).toBe(curated[i]);
      expect(InitiativeSchema.parse(curated[i])).toEqual(record);
    });
    const sources = read('sources.json', 'sources');
    const spaced = validateRecords('s.json', { sources: [{ ...sources[0]!, url: ' https://example.com/a\n' }] }, 'sources', SourceSchema).records;
    expect(spaced[0]!.url).toBe('https://example.com/a');
    expect(validateRecords('o.json', { organisations }, 'organisations', OrganisationSchema).records[0]).not.toBe(organisations[0]);
  });
});
