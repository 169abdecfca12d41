/**
 * Writes data/schema/*.schema.json from the zod schema in src/data/schema.ts, so an editor
 * autocompletes and underlines mistakes in the hand-edited dataset files. A vocabulary term field
 * (a status, an instrument…) lists the terms of data/vocabulary.json: edit the vocabulary, then run
 * this again (--check says when it was not).
 * Usage: npm run data:schema [-- --check]   (--check fails if the committed files are stale)
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { validateVocabulary } from '../src/data/validate-vocabulary';
import { InitiativeSchema, InstrumentKindSchema, ManifestSchema, OrganisationKindSchema, OrganisationSchema, PartyRoleSchema, PlaceScopeSchema, SectorSchema, SourceSchema, StatusSchema } from '../src/data/schema';
import { VocabularyFileSchema } from '../src/data/vocabulary-schema';
import type { TermList } from '../src/data/vocabulary-terms';

const fileOf = (key: string, item: z.ZodType) => z.strictObject({ $schema: z.string().optional(), [key]: z.array(item) });

const schemas: Record<string, z.ZodType> = {
  'initiatives.schema.json': fileOf('initiatives', InitiativeSchema),
  'organisations.schema.json': fileOf('organisations', OrganisationSchema),
  'sectors.schema.json': fileOf('sectors', SectorSchema),
  'sources.schema.json': fileOf('sources', SourceSchema),
  'manifest.schema.json': ManifestSchema,
  'vocabulary.schema.json': VocabularyFileSchema,
};

const { vocabulary, problems } = validateVocabulary('data/vocabulary.json', JSON.parse(readFileSync('data/vocabulary.json', 'utf8')));
if (problems.length > 0) {
  console.error('data/vocabulary.json has problems; run npm run data:check');
  process.exit(1);
}
const TERMS = new Map<unknown, TermList>([
  [StatusSchema, vocabulary.statuses],
  [InstrumentKindSchema, vocabulary.instruments],
  [OrganisationKindSchema, vocabulary.organisationKinds],
  [PartyRoleSchema, vocabulary.partyRoles],
  [PlaceScopeSchema, vocabulary.placeScopes],
]);

const check = process.argv.includes('--check');
mkdirSync('data/schema', { recursive: true });
let stale = 0;
for (const [name, schema] of Object.entries(schemas)) {
  const jsonSchema = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: out }) => {
      const terms = TERMS.get(zodSchema);
      if (terms) out.enum = [...terms.ids];
    },
  });
  const json = JSON.stringify(jsonSchema, null, 2) + '\n';
  const path = `data/schema/${name}`;
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== json) {
      console.log(`${path}: out of date with src/data/schema.ts or data/vocabulary.json; run npm run data:schema`);
      stale += 1;
    }
  } else {
    writeFileSync(path, json);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
