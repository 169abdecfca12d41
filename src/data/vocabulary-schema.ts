import { z } from 'zod';
import { IdSchema } from './schema';

export const TermSchema = z.strictObject({
  id: IdSchema.describe('What records write, e.g. "signed"; keep it stable: renaming it breaks every record and link that uses it'),
  label: z.string().min(1).describe('How it reads in English, e.g. "Signed"'),
  labelZh: z.string().min(1).describe('How it reads in Chinese, e.g. "已签署"'),
  description: z.string().min(1).describe('What it means, in English, for the curator and the reader'),
  descriptionZh: z.string().min(1).describe('What it means, in Chinese'),
});

const terms = (what: string) => z.array(TermSchema).describe(what);

/**
 * data/vocabulary.json. validate-vocabulary.ts checks it term by term (a bad term is left out, the
 * rest load), with each id once per vocabulary; data:schema writes this for editors.
 */
export const VocabularyFileSchema = z.strictObject({
  $schema: z.string().optional(),
  statuses: z.strictObject({
    ladder: terms('The steps in order, first to last: each implies the ones before it'),
    offLadder: terms('End states that are not steps of the ladder (shelved, cancelled): they can follow any step'),
  }),
  instruments: terms('Kinds of instrument: a memorandum, an agreement, a launch…'),
  organisationKinds: terms('Kinds of organisation a party can be'),
  partyRoles: terms('What a party did in an initiative'),
  placeScopes: terms(
    'How far a place reaches: "nationwide" (no gazetteer id) and "province" (a provincial-level unit) mean what they say; any other scope is a place at a city (the city\'s gazetteer id)',
  ),
});
