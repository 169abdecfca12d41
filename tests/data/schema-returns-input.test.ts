import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InitiativeSchema, OrganisationSchema, SectorSchema, SourceSchema } from '../../src/data/schema';
import { schemaReturnsInput } from '../../src/data/schema-returns-input';

describe(schemaReturnsInput, () => {
  it('says which schemas give back their input: initiatives and sectors do; organisations fill in defaults, sources trim their URLs', () => {
    expect(schemaReturnsInput(InitiativeSchema)).toBe(true);
    expect(schemaReturnsInput(SectorSchema)).toBe(true);
    expect(schemaReturnsInput(OrganisationSchema)).toBe(false);
    expect(schemaReturnsInput(SourceSchema)).toBe(false);
    expect(schemaReturnsInput(z.strictObject({ a: z.array(z.string().regex(/a/).min(1)).optional(), b: z.iso.date().nullable() }))).toBe(true);
  });

  it.each([
    ['a stripping object', z.object({ a: z.string() })],
    ['a transform', z.strictObject({ a: z.string().transform((s) => s.length) })],
    ['a default', z.strictObject({ a: z.string().default('x') })],
    ['a URL (trimmed)', z.strictObject({ a: z.url() })],
    ['a string URL check', z.strictObject({ a: z.string().url() })],
    ['a trim', z.strictObject({ a: z.string().trim() })],
    ['a coercion', z.strictObject({ a: z.coerce.number() })],
  ])('counts %s as changing the value', (_, schema) => {
    expect(schemaReturnsInput(schema)).toBe(false);
  });
});
