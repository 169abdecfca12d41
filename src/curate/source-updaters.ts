import type { CurateDraft, JsonObject, NewSource } from './curate-types';
import { setInitiative, typed } from './draft-updaters';
import { listAt, setIn } from './json-path';
import { newSource } from './new-records';
import { suggestId } from './slug';

/** The fields an initiative's quote can support. */
export const SUPPORTABLE = ['title', 'summary', 'instrument', 'status', 'date', 'parties', 'places', 'sectors', 'people'] as const;

/** Cites a source (archived or pasted) with no quote yet: the check asks for one. */
export function citeSource(draft: CurateDraft, sourceId: string): CurateDraft {
  const refs = listAt(draft.initiative, ['sources']) as JsonObject[];
  if (refs.some((ref) => ref.source === sourceId)) return draft;
  return setInitiative(draft, ['sources'], [...refs, { source: sourceId, quotes: [] }]);
}

/** A passage as a quote: runs of whitespace (line breaks too) as one space, as data:check compares them. */
export const passageText = (passage: string) => passage.replace(/\s+/g, ' ').trim();

/** Makes a quote of a passage of the source cited at `refIndex`; it supports no field until the curator ticks some. */
export function addQuote(draft: CurateDraft, refIndex: number, passage: string): CurateDraft {
  const text = passageText(passage);
  if (!text) return draft;
  const quotes = listAt(draft.initiative, ['sources', refIndex, 'quotes']);
  return setInitiative(draft, ['sources', refIndex, 'quotes'], [...quotes, { text, supports: [] }]);
}

export function toggleSupport(draft: CurateDraft, refIndex: number, quoteIndex: number, field: string): CurateDraft {
  const path = ['sources', refIndex, 'quotes', quoteIndex, 'supports'];
  const supports = listAt(draft.initiative, path);
  return setInitiative(draft, path, supports.includes(field) ? supports.filter((f) => f !== field) : [...supports, field]);
}

export function removeQuote(draft: CurateDraft, refIndex: number, quoteIndex: number): CurateDraft {
  const path = ['sources', refIndex, 'quotes'];
  return setInitiative(draft, path, listAt(draft.initiative, path).filter((_, i) => i !== quoteIndex));
}

const EMPTY_INPUT = { id: '', title: '', publisher: '', language: '', date: undefined, url: '', accessed: '', note: '', text: '' };

/** A new article to paste, cited by the initiative; every field empty until the curator fills it. */
export function pasteNewSource(draft: CurateDraft): CurateDraft {
  const source = newSource(EMPTY_INPUT);
  return { ...citeSource(draft, ''), newSources: [...draft.newSources, source] };
}

const fileOf = (record: JsonObject) => `sources/${String(record.id ?? '')}.${String(record.language ?? '')}.txt`;

/** Renames a source everywhere the draft cites it. */
function renameCitations(draft: CurateDraft, from: string, to: string): CurateDraft {
  const refs = listAt(draft.initiative, ['sources']) as JsonObject[];
  return setInitiative(draft, ['sources'], refs.map((ref) => (ref.source === from ? { ...ref, source: to } : ref)));
}

/**
 * Sets a field of a pasted source's record. Its file follows its id and language
 * (`sources/<id>.<language>.txt`), its citations follow its id, and the id follows the title while
 * it is still the one suggested from it. An emptied title or publisher is none (null).
 */
export function setNewSourceField(draft: CurateDraft, index: number, key: string, value: string | JsonObject | undefined): CurateDraft {
  const source = draft.newSources[index];
  if (!source) return draft;
  const record = source.record;
  const nullable = key === 'title' || key === 'publisher';
  let next: JsonObject = setIn(record, [key], typeof value === 'string' ? (nullable && value === '' ? null : typed(value)) : value);
  if (key === 'title' && record.id === suggestId(typeof record.title === 'string' ? record.title : '')) next = { ...next, id: suggestId(typeof value === 'string' ? value : '') };
  next = { ...next, file: fileOf(next) };
  const sources = draft.newSources.map((s, i): NewSource => (i === index ? { ...s, record: next } : s));
  const withSources = { ...draft, newSources: sources };
  return next.id !== record.id ? renameCitations(withSources, String(record.id ?? ''), String(next.id ?? '')) : withSources;
}

export function setNewSourceText(draft: CurateDraft, index: number, text: string): CurateDraft {
  return { ...draft, newSources: draft.newSources.map((s, i) => (i === index ? { ...s, text } : s)) };
}

/** Stops citing the source at `refIndex`; a pasted one is dropped from the draft with it. */
export function uncite(draft: CurateDraft, refIndex: number, removeItem: (d: CurateDraft, key: string, i: number) => CurateDraft): CurateDraft {
  const ref = listAt(draft.initiative, ['sources'])[refIndex] as JsonObject | undefined;
  const next = removeItem(draft, 'sources', refIndex);
  return { ...next, newSources: next.newSources.filter((s) => s.record.id !== ref?.source) };
}
