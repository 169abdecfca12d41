import type { CurateDraft, Json, JsonObject } from './curate-types';
import { getIn, listAt, setIn, type Path } from './json-path';
import { suggestId } from './slug';

/**
 * Pure changes to a draft, one per thing the curator does. None invents a value: a field the
 * curator has not set stays unset, for the check to ask for it.
 */

/** A new initiative: its lists empty, every other field unset. */
export const emptyDraft = (): CurateDraft => ({
  editing: null,
  initiative: { parties: [], places: [], sectors: [], people: [], sources: [] },
  newSources: [],
  newOrganisations: [],
});

/** An existing initiative, to edit as it is. */
export const editDraft = (record: JsonObject): CurateDraft => ({
  editing: typeof record.id === 'string' ? record.id : null,
  initiative: structuredClone(record),
  newSources: [],
  newOrganisations: [],
});

/** A text field as typed: an emptied field is unset (undefined), not an empty string. */
export const typed = (text: string): string | undefined => (text === '' ? undefined : text);

export function setInitiative(draft: CurateDraft, path: Path, value: Json | undefined): CurateDraft {
  return { ...draft, initiative: setIn(draft.initiative, path, value) };
}

/** The title; the id follows it while it is still the one suggested from the title before. */
export function setTitle(draft: CurateDraft, title: string): CurateDraft {
  const before = getIn(draft.initiative, ['title']);
  const id = getIn(draft.initiative, ['id']);
  const follows = draft.editing === null && (id === undefined || id === suggestId(typeof before === 'string' ? before : ''));
  const next = setInitiative(draft, ['title'], typed(title));
  return follows ? setInitiative(next, ['id'], typed(suggestId(title))) : next;
}

export function toggleInList(draft: CurateDraft, key: string, value: string): CurateDraft {
  const list = listAt(draft.initiative, [key]);
  return setInitiative(draft, [key], list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
}

/** A dotted field path ("places.2.nameZh") with the list index after `key` moved by `move`; null when it is dropped. */
function renumber(field: string, key: string, index: number): string | null {
  const match = new RegExp(`^${key}\\.(\\d+)(\\..*)?$`).exec(field);
  if (!match) return field;
  const at = Number(match[1]);
  if (at === index) return null;
  return at > index ? `${key}.${at - 1}${match[2] ?? ''}` : field;
}

/**
 * Removes item `index` of the list `key` (a place, a party, a source); what `inferred` says of it
 * goes with it, and what it says of the items after it follows them to their new places.
 */
export function removeItem(draft: CurateDraft, key: string, index: number): CurateDraft {
  const list = listAt(draft.initiative, [key]).filter((_, i) => i !== index);
  let next = setInitiative(draft, [key], list);
  const inferred = getIn(draft.initiative, ['inferred']);
  if (Array.isArray(inferred)) {
    const kept = (inferred as JsonObject[]).flatMap((entry) => {
      const field = typeof entry.field === 'string' ? renumber(entry.field, key, index) : entry.field;
      return field === null ? [] : [{ ...entry, field }];
    });
    next = setInitiative(next, ['inferred'], kept.length > 0 ? kept : undefined);
  }
  return next;
}

/** Adds an entry to `inferred` (created when the record has none). */
export const addInference = (draft: CurateDraft, entry: JsonObject): CurateDraft => setInitiative(draft, ['inferred'], [...listAt(draft.initiative, ['inferred']), entry]);
