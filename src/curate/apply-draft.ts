import type { BaseDataset, ChangedFile, CurateDraft, EditableFile, JsonObject } from './curate-types';
import { formatDataFile } from './format-data-file';
import { INITIATIVE_SHAPE, ORGANISATION_SHAPE, orderKeys, SOURCE_SHAPE } from './key-order';

/** The dataset as it would be with the draft saved: each editable file's JSON and every source text. */
export interface AppliedDraft {
  json: Record<EditableFile, JsonObject>;
  texts: Map<string, string>;
  /** Where the draft's initiative sits in initiatives.json's list. */
  index: number;
}

const LIST_KEY: Record<EditableFile, string> = { initiatives: 'initiatives', organisations: 'organisations', sources: 'sources', sectors: 'sectors' };

const listOf = (file: JsonObject, key: string): JsonObject[] => (Array.isArray(file[key]) ? (file[key] as JsonObject[]) : []);

/** The file with its list of records replaced, every other field (`$schema`) kept in place. */
const withList = (file: JsonObject, key: string, list: JsonObject[]): JsonObject => ({ ...file, [key]: list });

/** The draft's initiative with its fields in the files' order. */
export const orderedInitiative = (draft: CurateDraft): JsonObject => orderKeys(draft.initiative, INITIATIVE_SHAPE);

export function applyDraft(base: BaseDataset, draft: CurateDraft): AppliedDraft {
  const initiatives = listOf(base.files.initiatives.json, LIST_KEY.initiatives);
  const record = orderedInitiative(draft);
  const at = draft.editing === null ? -1 : initiatives.findIndex((r) => r.id === draft.editing);
  const nextInitiatives = at < 0 ? [...initiatives, record] : initiatives.map((r, i) => (i === at ? record : r));
  const organisations = [...listOf(base.files.organisations.json, LIST_KEY.organisations), ...draft.newOrganisations.map((o) => orderKeys(o, ORGANISATION_SHAPE))];
  const sources = [...listOf(base.files.sources.json, LIST_KEY.sources), ...draft.newSources.map((s) => orderKeys(s.record, SOURCE_SHAPE))];
  const texts = new Map(base.texts);
  for (const source of draft.newSources) if (typeof source.record.id === 'string') texts.set(source.record.id, source.text);
  return {
    json: {
      initiatives: withList(base.files.initiatives.json, LIST_KEY.initiatives, nextInitiatives),
      organisations: withList(base.files.organisations.json, LIST_KEY.organisations, organisations),
      sources: withList(base.files.sources.json, LIST_KEY.sources, sources),
      sectors: base.files.sectors.json,
    },
    texts,
    index: at < 0 ? nextInitiatives.length - 1 : at,
  };
}

/** The folder part of a path inside the dataset folder: "" for "sources.json", "lists/" for "lists/sources.json". */
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** The path inside the dataset folder of a source's text: its `file` is relative to sources.json. */
export const sourceTextPath = (base: BaseDataset, file: string) => folderOf(base.paths.sources) + file;

/** The files saving the draft writes: each JSON file whose text changes, and each new source's text. */
export function changedFiles(base: BaseDataset, draft: CurateDraft): ChangedFile[] {
  const applied = applyDraft(base, draft);
  const files: ChangedFile[] = [];
  for (const name of ['initiatives', 'organisations', 'sources'] as const) {
    const text = formatDataFile(applied.json[name]);
    if (text !== base.files[name].text) files.push({ path: base.paths[name], text });
  }
  for (const source of draft.newSources) {
    if (typeof source.record.file === 'string') files.push({ path: sourceTextPath(base, source.record.file), text: source.text });
  }
  return files;
}
