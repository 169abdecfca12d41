import type { Scene } from '../present/deck/deck-schema';
import type { DeckKind } from '../present/deck/present-url';
import { sceneFilters } from '../present/deck/scene-view';
import { nextFocus, type Updater } from './view-updaters';
import type { AnalystView, PresentState, ViewState } from './view-state';

/** Which scene's view is on screen: a new value each time a scene is (re)applied, so timers restart. */
export function appliedKey(present: Pick<PresentState, 'kind' | 'index' | 'returns'>): string {
  return `${present.kind}:${present.index}:${present.returns}`;
}

/** The state with `patch` applied to the presentation; the same state when it changes nothing. */
function patchPresent(state: ViewState, patch: Partial<PresentState>): ViewState {
  const present = state.present;
  if ((Object.keys(patch) as Array<keyof PresentState>).every((key) => Object.is(present[key], patch[key]))) return state;
  return { ...state, present: { ...present, ...patch } };
}

/** Puts the scene's view on screen: its filters and selection, its leading panel, its map extent (when it has one). */
function showScene(state: ViewState, scene: Scene | null): ViewState {
  const applied = appliedKey(state.present);
  if (!scene) return patchPresent(state, { applied });
  return {
    ...state,
    filters: sceneFilters(scene),
    selected: scene.selected,
    lead: scene.lead,
    // A scene is shown as its author saw it: circles at places (the shaded mode is the analyst's).
    map: { ...state.map, mode: 'places', ...(scene.map ? { focus: nextFocus(state, { bounds: scene.map }) } : {}) },
    present: { ...state.present, applied },
  };
}

/**
 * Starts presenting `kind` at `index` (or goes there when already presenting). Entering keeps the
 * analyst's view (filters, selection, leading panel, map camera) to put back on exit.
 */
export const startPresenting =
  (kind: DeckKind, index: number, scene: Scene | null): Updater =>
  (state) => {
    const analyst = state.present.on
      ? state.present.analyst
      : { filters: state.filters, selected: state.selected, lead: state.lead, camera: state.map.camera, mapMode: state.map.mode };
    const entered = patchPresent(state, { on: true, kind, index, blanked: false, digits: '', message: null, returns: state.present.returns + 1, analyst, asked: false });
    return showScene(entered, scene);
  };

/** A control outside the presentation asks to present (see PresentState.asked). */
export const askToPresent: Updater = (state) => (state.present.on || state.present.asked ? state : patchPresent(state, { asked: true }));

/**
 * The answer to a request to present when the dataset has no deck of its own and nothing was
 * chosen: the Scenes dialog opens (it says so, and offers the tour or making scenes) instead of a
 * tour of every initiative starting unasked.
 */
export const offerScenes: Updater = (state) => ({ ...patchPresent(state, { asked: false }), scenesOpen: true });

/** Steps to another scene of the deck on screen. */
export const goToScene =
  (index: number, scene: Scene | null): Updater =>
  (state) =>
    showScene(patchPresent(state, { index, blanked: false, digits: '', message: null }), scene);

/** Puts the current scene's view back after the presenter explored away from it ("R"). */
export const returnToScene =
  (scene: Scene | null): Updater =>
  (state) =>
    showScene(patchPresent(state, { returns: state.present.returns + 1, blanked: false, digits: '' }), scene);

/**
 * A presentation opened from a link (or reached by Back/Forward) whose scene the screen does not
 * show yet: show it, without saving an analyst view (there is none to put back).
 */
export const showLinkedScene =
  (kind: DeckKind, index: number, scene: Scene | null): Updater =>
  (state) =>
    showScene(patchPresent(state, { kind, index }), scene);

/** Leaves presenting; the analyst's view comes back exactly as it was when presenting began. */
export const exitPresenting: Updater = (state) => {
  if (!state.present.on) return state;
  const { analyst } = state.present;
  const left = patchPresent(state, { on: false, blanked: false, digits: '', message: null, applied: null, analyst: null, lastAnalyst: analyst });
  return analyst ? putBack(left, analyst) : left;
};

function putBack(state: ViewState, analyst: AnalystView): ViewState {
  return {
    ...state,
    filters: analyst.filters,
    selected: analyst.selected,
    lead: analyst.lead,
    map: { ...state.map, mode: analyst.mapMode, ...(analyst.camera ? { focus: nextFocus(state, { camera: analyst.camera }) } : {}) },
  };
}

/** Which deck the Scenes dialog (and the next presentation) shows; from its first scene. */
export const chooseDeck =
  (kind: DeckKind): Updater =>
  (state) =>
    patchPresent(state, { kind, index: 0 });

export const setBlanked =
  (blanked: boolean): Updater =>
  (state) =>
    patchPresent(state, { blanked, digits: '' });

export const setDigits =
  (digits: string): Updater =>
  (state) =>
    state.present.digits === digits ? state : patchPresent(state, { digits });

export const say =
  (message: string | null): Updater =>
  (state) =>
    patchPresent(state, { message });

export const setAuto =
  (seconds: number | null): Updater =>
  (state) =>
    patchPresent(state, { auto: seconds, autoPaused: false, autoInAddress: true });

export const setAutoPaused =
  (paused: boolean): Updater =>
  (state) =>
    patchPresent(state, { autoPaused: paused });

/**
 * The deck and scene a link names (at start, or on Back/Forward). Leaving a presentation this way
 * keeps the link's view: the address already holds the filters it returns to.
 */
export const readPresentLink =
  (link: { on: boolean; kind: DeckKind | null; index: number | null; auto?: number | null }): Updater =>
  (state) => {
    const present = state.present;
    if (!link.on) {
      if (!present.on) return state;
      // The filters and selection come from the link; the rest of the analyst's view from the store.
      const left = patchPresent(state, { on: false, blanked: false, digits: '', message: null, applied: null, analyst: null, lastAnalyst: present.analyst });
      return present.analyst ? putBack(left, { ...present.analyst, filters: left.filters, selected: left.selected }) : left;
    }
    return patchPresent(state, {
      on: true,
      kind: link.kind ?? present.kind,
      index: link.index ?? 0,
      blanked: false,
      digits: '',
      ...(link.auto === undefined ? {} : { auto: link.auto, autoInAddress: true }),
      // Back into a presentation left with Esc: the view it put back is the one to put back again.
      analyst: present.on ? present.analyst : present.lastAnalyst,
    });
  };
