import type { JsonObject, NewSource } from './curate-types';

/** What the curator typed for a new source; an empty text field is a fact not stated. */
export interface NewSourceInput {
  id: string;
  title: string;
  publisher: string;
  /** The text's language code ("en"); "" until chosen. */
  language: string;
  /** The source's date as the date fields made it (value, precision, basis, reason). */
  date: JsonObject | undefined;
  url: string;
  accessed: string;
  note: string;
  text: string;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const orAbsent = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The sources.json record and text of a pasted article, saved as `sources/<id>.<language>.txt`
 * beside the archived ones. A title or publisher left empty is recorded as none (null), as for the
 * archived texts that carry none; an address, the day it was read and a note only when given. The
 * text is kept exactly as pasted: quotes are checked against it.
 */
export function newSource(input: NewSourceInput): NewSource {
  const id = input.id.trim();
  const language = input.language.trim();
  const record: JsonObject = {
    id,
    file: `sources/${id}.${language}.txt`,
    title: orNull(input.title),
    publisher: orNull(input.publisher),
    date: input.date,
    language: orAbsent(language),
    note: orAbsent(input.note),
    url: orAbsent(input.url),
    accessed: orAbsent(input.accessed),
  };
  return { record, text: input.text };
}

/** What the curator typed for a new organisation. */
export interface NewOrganisationInput {
  id: string;
  name: string;
  nameZh: string;
  /** "" until chosen. */
  kind: string;
  /** ISO 3166-1 alpha-2, or "" when not known (recorded as null: unknown). */
  homeCountry: string;
}

/** An organisations.json record: no aliases and no sources until the curator adds them. */
export function newOrganisation(input: NewOrganisationInput): JsonObject {
  return {
    id: input.id.trim(),
    name: input.name.trim(),
    nameZh: orAbsent(input.nameZh),
    aliases: [],
    kind: orAbsent(input.kind),
    homeCountry: orNull(input.homeCountry.toUpperCase()),
    sources: [],
  };
}
