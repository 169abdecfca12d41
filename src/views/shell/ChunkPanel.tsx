import { createElement, use, type ComponentType } from 'react';

/**
 * A panel from its own chunk. When the chunk has already arrived (it is fetched while the dataset
 * loads) the panel renders at once: React.lazy would suspend for a tick even then, show the
 * "Loading" fallback, and React holds back revealing content for 300 ms after a fallback shows.
 * Otherwise it suspends until the chunk arrives (the enclosing Suspense shows "Loading the …").
 */
export function ChunkPanel({ load }: { load: () => Promise<ComponentType> }) {
  return createElement(use(load()));
}
