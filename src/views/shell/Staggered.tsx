import type { ReactNode } from 'react';
import type { TaskQueue } from '../../lib/task-queue';
import { DashboardContext, useDashboard, type DashboardState } from '../dashboard-context';
import { useStaggeredValue } from '../use-staggered-value';

/** Every field but the selection, which the charts do not draw. */
function sameExceptSelection(a: DashboardState, b: DashboardState): boolean {
  return (Object.keys(a) as Array<keyof DashboardState>).every((key) => key === 'selectedId' || Object.is(a[key], b[key]));
}

/**
 * Gives `children` the dashboard state in turn with the other panels sharing `queue` (see
 * useStaggeredValue). `children` must be an element made once (e.g. in useMemo), so that a new
 * state reaches it only through this provider, when its turn comes.
 */
export function Staggered({ queue, children }: { queue: TaskQueue; children: ReactNode }) {
  const state = useDashboard();
  const shown = useStaggeredValue(state, queue, sameExceptSelection);
  return <DashboardContext.Provider value={shown}>{children}</DashboardContext.Provider>;
}
