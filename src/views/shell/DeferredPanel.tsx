import { Suspense, type ReactNode } from 'react';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { PanelLoading } from './PanelLoading';

/** A heavy, lazily loaded panel: shows "Loading the …" while its chunk arrives, and keeps its own failure to itself. */
export function DeferredPanel({ name, children }: { name: string; children: ReactNode }) {
  return (
    <PanelErrorBoundary name={name}>
      <Suspense fallback={<PanelLoading name={name} />}>{children}</Suspense>
    </PanelErrorBoundary>
  );
}
