import type { IndexedInitiative } from '../../lib/dataset-index';

/** Same rows in the same order (rows are shared objects from the dataset index). */
export function sameRows(a: readonly IndexedInitiative[], b: readonly IndexedInitiative[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether `current` is exactly `full` cut at the playhead (rows starting on or before it, in order):
 * then `full` is still the timeline's context and its aggregates can be reused for this frame.
 */
export function isCutAt(full: readonly IndexedInitiative[], current: readonly IndexedInitiative[], playhead: number): boolean {
  let j = 0;
  for (const row of full) {
    if (row.start === null || row.start > playhead) continue;
    if (current[j] !== row) return false;
    j++;
  }
  return j === current.length;
}

/**
 * The timeline's context without the playback cutoff. The dashboard applies the playhead to every
 * view, but the timeline aggregates once and cuts at draw time; `previous` is kept while it still
 * explains what the dashboard shows, and replaced by `current` (correct for this frame) when a
 * filter changed during playback.
 */
export function nextContext(
  previous: readonly IndexedInitiative[],
  current: readonly IndexedInitiative[],
  playhead: number | null,
): readonly IndexedInitiative[] {
  if (playhead === null) return sameRows(previous, current) ? previous : current;
  return isCutAt(previous, current, playhead) ? previous : current;
}
