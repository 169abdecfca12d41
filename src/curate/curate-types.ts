import type { Manifest } from '../data/schema';

/** A value as a dataset file holds it, before validation. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json | undefined;
}

/** The dataset files the editor changes and writes back. */
export type EditableFile = 'initiatives' | 'organisations' | 'sources' | 'sectors';

/** The dataset as its files hold it: what the editor starts from, validates against and writes back. */
export interface BaseDataset {
  manifest: Manifest;
  /** Each file's path inside the dataset folder, as the manifest names it ("initiatives.json"). */
  paths: Record<EditableFile | 'gazetteer', string>;
  /** Each editable file's parsed JSON and its text as read (to tell which files a draft changes). */
  files: Record<EditableFile, { json: JsonObject; text: string }>;
  gazetteer: unknown;
  /** The vocabulary file the manifest names (statuses, instruments…), or null for the built-in one. */
  vocabulary: { path: string; json: unknown } | null;
  /** Archived source texts by source id. */
  texts: ReadonlyMap<string, string>;
}

/** A source pasted in the editor: its record for sources.json and its text, saved as the record's `file`. */
export interface NewSource {
  record: JsonObject;
  text: string;
}

/** The work in progress: one initiative, with the sources and organisations made for it. */
export interface CurateDraft {
  /** The id of the initiative being edited, as the files have it; null for a new one. */
  editing: string | null;
  initiative: JsonObject;
  newSources: NewSource[];
  newOrganisations: JsonObject[];
}

/** A file to write, by its path inside the dataset folder. */
export interface ChangedFile {
  path: string;
  text: string;
}
