import { useSyncExternalStore } from 'react';

/**
 * The little UI state the header's Present/Scenes buttons share with the presentation layer (both
 * sit inside the dashboard but apart): whether the scenes panel is open. One per page.
 */
interface PresentUiState {
  panelOpen: boolean;
}

let state: PresentUiState = { panelOpen: false };
const listeners = new Set<() => void>();

function set(next: PresentUiState) {
  if (next.panelOpen === state.panelOpen) return;
  state = next;
  for (const listener of listeners) listener();
}

export const presentUi = {
  get: (): PresentUiState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  openPanel: () => set({ panelOpen: true }),
  closePanel: () => set({ panelOpen: false }),
};

export function usePresentUi(): PresentUiState {
  return useSyncExternalStore(presentUi.subscribe, presentUi.get, presentUi.get);
}
