import { useCallback, useEffect, useRef, useState } from 'react';
import type { CurateDraft } from './curate-types';
import { change, redo, startHistory, undo, type History } from './draft-history';
import { clearDraft, readDraft, writeDraft } from './draft-store';
import { emptyDraft } from './draft-updaters';

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface DraftSession {
  draft: CurateDraft;
  update: (change: (draft: CurateDraft) => CurateDraft, group?: string) => void;
  /** Starts another draft (a new initiative, or a record to edit); undo brings the one before back. */
  replace: (draft: CurateDraft) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Forgets the draft, here and in the browser's storage. */
  discard: () => void;
  /** When the draft shown was restored from the browser's storage (ms since 1970), else null. */
  restoredAt: number | null;
  /** False when the browser would not keep the draft (storage full or off). */
  kept: boolean;
}

/**
 * The draft and its undo history. Every change is kept in the browser's storage at once, so a
 * reload or a crash loses nothing; only saving or discarding removes it.
 */
export function useDraftSession(dataset: string): DraftSession {
  const [initial] = useState(() => readDraft(storageOrNull(), dataset));
  const [history, setHistory] = useState<History<CurateDraft>>(() => startHistory(initial?.draft ?? emptyDraft()));
  const [kept, setKept] = useState(true);
  const [restoredAt, setRestoredAt] = useState(initial?.changedAt ?? null);
  // The draft as it was when the session started or was last discarded: nothing to keep yet.
  const pristine = useRef<CurateDraft | null>(initial ? null : history.present);

  useEffect(() => {
    if (history.present === pristine.current) return;
    setKept(writeDraft(storageOrNull(), dataset, history.present, Date.now()));
  }, [dataset, history.present]);

  const update = useCallback((edit: (draft: CurateDraft) => CurateDraft, group?: string) => setHistory((h) => change(h, edit(h.present), group ?? null)), []);
  const replace = useCallback((draft: CurateDraft) => setHistory((h) => change(h, draft)), []);
  const discard = useCallback(() => {
    clearDraft(storageOrNull());
    const fresh = emptyDraft();
    pristine.current = fresh;
    setRestoredAt(null);
    setHistory(startHistory(fresh));
  }, []);
  return {
    draft: history.present,
    update,
    replace,
    undo: useCallback(() => setHistory(undo), []),
    redo: useCallback(() => setHistory(redo), []),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    discard,
    restoredAt,
    kept,
  };
}
