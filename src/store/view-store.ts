import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Updater } from './view-updaters';
import type { ViewState } from './view-state';

/**
 * How a change reaches the address bar: `push` adds a history entry (a user's change), `replace`
 * rewrites the current one (a correction, typing in the search box, a brush being dragged).
 */
export type HistoryMode = 'push' | 'replace';

export type ChangeListener = (state: ViewState, previous: ViewState, history: HistoryMode) => void;

/**
 * The one store of the dashboard's view state. It changes only through `update` with a named
 * updater (store/view-updaters.ts, store/present-updaters.ts). Read it in components with zustand's
 * selector hooks (store/use-controls.ts); `subscribe` is what zustand's `useStore` needs.
 */
export interface ViewStore extends Pick<StoreApi<ViewState>, 'getState' | 'getInitialState' | 'subscribe'> {
  update(updater: Updater, history?: HistoryMode): void;
  /** Every change with how it should reach the history (the address bar listens here). */
  onChange(listener: ChangeListener): () => void;
}

export function createViewStore(initial: ViewState): ViewStore {
  const api = createStore<ViewState>()(() => initial);
  const listeners = new Set<ChangeListener>();
  return {
    getState: api.getState,
    getInitialState: api.getInitialState,
    subscribe: api.subscribe,
    update(updater, history = 'push') {
      const previous = api.getState();
      const next = updater(previous);
      if (next === previous) return;
      api.setState(next, true);
      for (const listener of listeners) listener(next, previous, history);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
