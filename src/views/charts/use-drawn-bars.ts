import { useCallback, useState } from 'react';

/**
 * Which bars a chart draws when a slide cannot hold them all (null: every bar), as CategoryBarChart
 * reports them, so that its legend names only colours a drawn bar uses.
 */
export function useDrawnBars(): [ReadonlySet<string> | null, (keys: readonly string[] | null) => void] {
  const [drawn, setDrawn] = useState<ReadonlySet<string> | null>(null);
  const report = useCallback((keys: readonly string[] | null) => setDrawn(keys === null ? null : new Set(keys)), []);
  return [drawn, report];
}
