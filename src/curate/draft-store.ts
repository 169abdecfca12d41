import type { CurateDraft } from './curate-types';

/**
 * The draft in the browser's storage, written on every change so that a reload, a closed tab or a
 * crash loses nothing; removed only when the draft is saved or discarded. One draft per dataset.
 */
export const DRAFT_KEY = 'curate.draft.v1';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface Stored {
  version: 1;
  /** The dataset the draft was made on ("/data/"). */
  dataset: string;
  /** When it was last changed (ms since 1970), to say so when it is restored. */
  changedAt: number;
  draft: CurateDraft;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isDraft(value: unknown): value is CurateDraft {
  if (!isObject(value)) return false;
  const { editing, initiative, newSources, newOrganisations } = value;
  return (
    (editing === null || typeof editing === 'string') &&
    isObject(initiative) &&
    Array.isArray(newSources) &&
    newSources.every((s) => isObject(s) && isObject(s.record) && typeof s.text === 'string') &&
    Array.isArray(newOrganisations) &&
    newOrganisations.every(isObject)
  );
}

export interface RestoredDraft {
  draft: CurateDraft;
  changedAt: number;
}

/** The draft kept for `dataset`, or null when there is none (or what is kept is not a draft). */
export function readDraft(storage: Storage | null, dataset: string): RestoredDraft | null {
  const text = storage?.getItem(DRAFT_KEY);
  if (!text) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(stored) || stored.version !== 1 || stored.dataset !== dataset || !isDraft(stored.draft)) return null;
  return { draft: stored.draft, changedAt: typeof stored.changedAt === 'number' ? stored.changedAt : 0 };
}

/**
 * Keeps the draft; false when the browser refuses (storage full or off), for the editor to say the
 * draft is not kept. A draft for another dataset is replaced only once this one has changes.
 */
export function writeDraft(storage: Storage | null, dataset: string, draft: CurateDraft, now: number): boolean {
  if (!storage) return false;
  const stored: Stored = { version: 1, dataset, changedAt: now, draft };
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage | null): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Storage that cannot be read kept nothing either.
  }
}
