/**
 * The dataset's vocabularies (data/vocabulary.json): statuses, instruments, organisation kinds,
 * party roles and place scopes, each term with an id, labels and descriptions in English and
 * Chinese. Plain data and code, no zod: the first screen reads terms from the loaded dataset
 * (`Dataset.vocabulary`); the file's schema is vocabulary-schema.ts, in the validation chunk.
 */
import type { Locale } from '../i18n/locale';

export interface Term {
  id: string;
  label: string;
  labelZh: string;
  description: string;
  descriptionZh: string;
}

/** The vocabulary file as written (after its schema has checked it). */
export interface VocabularyFile {
  /** `ladder`: the steps in order, each implying the ones before; `offLadder`: end states that are no step (shelved, cancelled). */
  statuses: { ladder: Term[]; offLadder: Term[] };
  instruments: Term[];
  organisationKinds: Term[];
  partyRoles: Term[];
  /**
   * "nationwide" (no gazetteer id) and "province" (a provincial-level unit) mean what they say
   * (check-references.ts, model/locations.ts); any other scope is a place at a city.
   */
  placeScopes: Term[];
}

export type VocabularyName = keyof VocabularyFile;
export const VOCABULARY_NAMES: readonly VocabularyName[] = ['statuses', 'instruments', 'organisationKinds', 'partyRoles', 'placeScopes'];

/** One vocabulary's terms in the file's order, and by id. */
export interface TermList {
  ids: readonly string[];
  terms: ReadonlyMap<string, Term>;
}

export interface StatusTerms extends TermList {
  /** The ladder's steps in order. */
  ladder: readonly string[];
  /** End states that are not steps; after the ladder in `ids`. */
  offLadder: readonly string[];
}

export interface Vocabulary {
  statuses: StatusTerms;
  instruments: TermList;
  organisationKinds: TermList;
  partyRoles: TermList;
  placeScopes: TermList;
}

function termList(terms: readonly Term[]): TermList {
  return { ids: terms.map((t) => t.id), terms: new Map(terms.map((t) => [t.id, t])) };
}

/** The vocabulary a dataset's code reads, from its file. */
export function readVocabulary(file: VocabularyFile): Vocabulary {
  const { ladder, offLadder } = file.statuses;
  return {
    statuses: { ...termList([...ladder, ...offLadder]), ladder: ladder.map((t) => t.id), offLadder: offLadder.map((t) => t.id) },
    instruments: termList(file.instruments),
    organisationKinds: termList(file.organisationKinds),
    partyRoles: termList(file.partyRoles),
    placeScopes: termList(file.placeScopes),
  };
}

/** A term's label in the display language; its id when the vocabulary does not have it. */
export function termLabel(list: TermList, id: string, locale: Locale): string {
  const term = list.terms.get(id);
  if (!term) return id;
  return locale === 'zh' ? term.labelZh : term.label;
}

/** A term's description in the display language; null when the vocabulary does not have it. */
export function termDescription(list: TermList, id: string, locale: Locale): string | null {
  const term = list.terms.get(id);
  if (!term) return null;
  return locale === 'zh' ? term.descriptionZh : term.description;
}
