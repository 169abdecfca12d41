/**
 * The editor's undo: every change pushes the state before it. Typing in one field is one step: a
 * change with the same `group` as the one before it (the field's path) replaces it instead of
 * pushing, until another field is changed.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** The group of the last change, or null after an undo, a redo or a fresh start. */
  group: string | null;
}

/** How many steps back undo can go. */
export const UNDO_LIMIT = 200;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [], group: null });

export function change<T>(history: History<T>, next: T, group: string | null = null): History<T> {
  if (Object.is(next, history.present)) return history;
  if (group !== null && group === history.group) return { ...history, present: next, future: [] };
  return { past: [...history.past, history.present].slice(-UNDO_LIMIT), present: next, future: [], group };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], group: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future, group: null };
}
