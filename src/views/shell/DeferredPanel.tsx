import { Suspense, type ReactNode } from 'react';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { PanelLoading, type PanelName } from './PanelLoading';

/** A heavy, lazily loaded panel: shows "Loading the …" while its chunk arrives, and keeps its own failure to itself. */
export function DeferredPanel({ panel, children }: { panel: PanelName; children: ReactNode }) {
  return (
    <PanelErrorBoundary panel={panel}>
      <Suspense fallback={<PanelLoading name={panel} />}>{children}</Suspense>
    </PanelErrorBoundary>
  );
}
