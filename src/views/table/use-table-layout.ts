import { functionalUpdate, type ColumnSizingState, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { layoutOf, readTableLayout, visibilityOf, writeTableLayout, type TableLayout } from './table-layout-storage';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The table's column widths and visibility, as TanStack Table's controlled state, remembered in localStorage. */
export function useTableLayout() {
  const [layout, setLayout] = useState<TableLayout>(() => readTableLayout(browserStorage()));
  const sizing: ColumnSizingState = layout.sizes;
  const visibility: ColumnVisibilityState = useMemo(() => visibilityOf(layout), [layout]);
  const update = useCallback((next: TableLayout) => {
    setLayout(next);
    writeTableLayout(browserStorage(), next);
  }, []);
  const onSizingChange = useCallback((updater: Updater<ColumnSizingState>) => update(layoutOf(functionalUpdate(updater, sizing), visibility)), [update, sizing, visibility]);
  const onVisibilityChange = useCallback((updater: Updater<ColumnVisibilityState>) => update(layoutOf(sizing, functionalUpdate(updater, visibility))), [update, sizing, visibility]);
  return { sizing, visibility, onSizingChange, onVisibilityChange };
}
