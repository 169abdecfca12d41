import { useState } from 'react';
import type { IndexedInitiative } from '../../lib/dataset-index';
import { useDashboard } from '../dashboard-context';
import { nextContext } from './timeline-rows';

/**
 * Rows passing every clause but the timeline's own (date), ignoring the playhead while that is
 * exact; the array keeps its identity until its contents change, so aggregates are memoised on it.
 */
export function useTimelineRows(): readonly IndexedInitiative[] {
  const { rowsExcept, playhead } = useDashboard();
  const current = rowsExcept(['date']);
  const [context, setContext] = useState<readonly IndexedInitiative[]>(current);
  const next = nextContext(context, current, playhead);
  // Adjusting state while rendering: React re-renders at once with the new context.
  if (next !== context) setContext(next);
  return next;
}
