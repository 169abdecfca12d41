import type { SnapshotSource } from '../../store/snapshot';
import type { ViewStore } from '../../store/view-store';

/** What tells that the panels have drawn the view the store holds. */
export interface DrawnSignals {
  store: ViewStore;
  snapshots: SnapshotSource;
  /** Requests in flight (react-query): the basemap's detail files a scene's extent needs. */
  fetching(): number;
  /** The search index is being built: a scene with a query matches nothing until it is. */
  indexing(): boolean;
}

/** The longest wait for each step; past it the picture is taken as the screen is (a slow machine, a hidden tab). */
const STEP_TIMEOUT_MS = 8000;
/** How long nothing in the dashboard may have changed (and nothing been fetched) to count as drawn. */
const QUIET_MS = 250;
/** How long a flight to a scene's extent may take to start and end (it lasts 0.8 s). */
const MOVE_TIMEOUT_MS = 3000;

/** The next frame, or 100 ms in a tab that draws no frames (in the background). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function until(test: () => boolean, signal: AbortSignal, timeoutMs = STEP_TIMEOUT_MS): Promise<void> {
  const start = performance.now();
  while (!test() && performance.now() - start < timeoutMs) {
    signal.throwIfAborted();
    await nextFrame();
  }
  signal.throwIfAborted();
}

/** The map's frame (Leaflet's container), when the scene's layout shows it. */
function shownMap(): Element | null {
  const map = document.querySelector('main .leaflet-container');
  const box = map?.getBoundingClientRect();
  return map && box && box.width > 0 && box.height > 0 ? map : null;
}

/** Leaflet is moving: the map sets data-moving from movestart to moveend (views/map/ViewTracker.tsx). */
function mapMoving(): boolean {
  return document.querySelector('.leaflet-container[data-moving]') !== null;
}

/** What the scene asked of the map when it was put on screen. */
export interface SceneMove {
  /** The scene has an extent to fly to. */
  requested: boolean;
  /** The camera the store held before the scene was put on screen. */
  cameraBefore: unknown;
}

/**
 * Resolves once the panels have drawn the store's view: the deferred snapshot holds its filters,
 * selection and map move (published after it committed), the charts have each taken it up in
 * turn, the map has flown to the scene's extent (when it shows and the scene has one: the store
 * records where the map is after each move) and fetched what the new extent needs, nothing in the
 * dashboard has changed for a moment (a flight redraws the map every frame; Leaflet may end a move
 * early when the panel is resized, so the DOM is watched, not only Leaflet's events), and the
 * fonts are in. Each step waits at most a few seconds; an aborted `signal` rejects.
 */
export async function waitForDrawn({ store, snapshots, fetching, indexing }: DrawnSignals, move: SceneMove, signal: AbortSignal): Promise<void> {
  await until(() => {
    const state = store.getState();
    const shown = snapshots.get();
    return shown.cut.filters === state.filters && shown.cut.playhead === state.playhead && shown.selectedId === state.selected && shown.mapFocus === state.map.focus && !indexing();
  }, signal);
  await until(() => snapshots.queue.pending === 0, signal);
  // The map starts a requested move in the frame after the commit that brought it, once it has a size.
  await nextFrame();
  await nextFrame();
  if (move.requested && shownMap()) await until(() => store.getState().map.camera !== move.cameraBefore, signal, MOVE_TIMEOUT_MS);
  const main = document.querySelector('main');
  let changedAt = performance.now();
  const observer = new MutationObserver(() => {
    changedAt = performance.now();
  });
  if (main) observer.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    await until(() => {
      const now = performance.now();
      if (mapMoving() || fetching() > 0 || snapshots.queue.pending > 0) changedAt = now;
      return now - changedAt >= QUIET_MS;
    }, signal);
  } finally {
    observer.disconnect();
  }
  await document.fonts?.ready;
  await nextFrame();
  await nextFrame();
  signal.throwIfAborted();
}
