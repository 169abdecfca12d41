/**
 * Writes data/schema/*.schema.json from the zod schema in src/data/schema.ts, so an editor
 * autocompletes and underlines mistakes in the hand-edited dataset files.
 * Usage: npm run data:schema [-- --check]   (--check fails if the committed files are stale)
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { InitiativeSchema, ManifestSchema, OrganisationSchema, SectorSchema, SourceSchema } from '../src/data/schema';

const fileOf = (key: string, item: z.ZodType) => z.object({ $schema: z.string().optional(), [key]: z.array(item) });

const schemas: Record<string, z.ZodType> = {
  'initiatives.schema.json': fileOf('initiatives', InitiativeSchema),
  'organisations.schema.json': fileOf('organisations', OrganisationSchema),
  'sectors.schema.json': fileOf('sectors', SectorSchema),
  'sources.schema.json': fileOf('sources', SourceSchema),
  'manifest.schema.json': ManifestSchema.extend({ $schema: z.string().optional() }),
};

const check = process.argv.includes('--check');
mkdirSync('data/schema', { recursive: true });
let stale = 0;
for (const [name, schema] of Object.entries(schemas)) {
  const json = JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
  const path = `data/schema/${name}`;
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== json) {
      console.log(`${path}: out of date with src/data/schema.ts; run npm run data:schema`);
      stale += 1;
    }
  } else {
    writeFileSync(path, json);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
