import type { Scene } from '../deck/deck-schema';
import type { DeckKind } from '../deck/present-url';
import { setAutoPaused, startPresenting } from '../../store/present-updaters';
import { nextFocus, type Updater } from '../../store/view-updaters';
import type { ViewState } from '../../store/view-state';

/**
 * Puts a scene on screen for the handout as presenting does (startPresenting: its filters,
 * selection, leading panel and map extent, the projector look), with auto-advance paused so a
 * timer cannot step away while the scene is being pictured.
 */
export const showSceneForHandout =
  (kind: DeckKind, index: number, scene: Scene): Updater =>
  (state) =>
    setAutoPaused(true)(startPresenting(kind, index, scene)(state));

/**
 * Puts back the view the handout started from, exactly: the filters, the selection, the leading
 * panel, the map's mode and camera (the map jumps back, as after presenting: see putBack in
 * store/present-updaters.ts), and the presentation as it was (off, or on at its scene, blanked or
 * not, auto-advance running or paused).
 */
export const putViewBack =
  (before: ViewState): Updater =>
  (state) => ({
    ...state,
    filters: before.filters,
    selected: before.selected,
    lead: before.lead,
    map: { ...state.map, mode: before.map.mode, ...(before.map.camera ? { focus: nextFocus(state, { camera: before.map.camera }) } : {}) },
    present: before.present,
  });
