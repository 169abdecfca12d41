import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InitiativeSchema, OrganisationSchema, SectorSchema, SourceSchema } from '../../src/data/schema';
import { schemaReturnsInput } from '../../src/data/schema-returns-input';
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

describe(schemaReturnsInput, () => {
  it('says which schemas give back their input: the initiatives, sources and sectors do; organisations fill in defaults', () => {
    expect(schemaReturnsInput(InitiativeSchema)).toBe(true);
    expect(schemaReturnsInput(SourceSchema)).toBe(true);
    expect(schemaReturnsInput(SectorSchema)).toBe(true);
    expect(schemaReturnsInput(OrganisationSchema)).toBe(false);
    expect(schemaReturnsInput(z.object({ a: z.string() }))).toBe(false);
    expect(schemaReturnsInput(z.strictObject({ a: z.string().transform((s) => s.length) }))).toBe(false);
    expect(schemaReturnsInput(z.strictObject({ a: z.array(z.string()).optional() }))).toBe(true);
  });

  it("keeps the JSON's own records only where zod's copy equals them", () => {
    const raw = { initiatives: curated };
    const kept = validateRecords('x.json', raw, 'initiatives', InitiativeSchema).records;
    kept.forEach((record, i) => {
      expect(record).toBe(curated[i]);
      expect(InitiativeSchema.parse(curated[i])).toEqual(record);
    });
    const organisations = (JSON.parse(readFileSync('data/organisations.json', 'utf8')) as { organisations: unknown[] }).organisations;
    const copied = validateRecords('o.json', { organisations }, 'organisations', OrganisationSchema).records;
    expect(copied[0]).not.toBe(organisations[0]);
    expect(copied.every((o) => Array.isArray(o.aliases) && Array.isArray(o.sources))).toBe(true);
  });
});
