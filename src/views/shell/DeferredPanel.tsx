import { Suspense, type ReactNode } from 'react';
import { DashboardContext, type DashboardState } from '../dashboard-context';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { PanelLoading } from './PanelLoading';

/**
 * A heavy, lazily loaded panel: it reads the deferred dashboard state, shows "Loading the …" while
 * its chunk arrives, and keeps its own failure to itself.
 */
export function DeferredPanel({ name, state, children }: { name: string; state: DashboardState; children: ReactNode }) {
  return (
    <DashboardContext.Provider value={state}>
      <PanelErrorBoundary name={name}>
        <Suspense fallback={<PanelLoading name={name} />}>{children}</Suspense>
      </PanelErrorBoundary>
    </DashboardContext.Provider>
  );
}
