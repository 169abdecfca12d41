import { DEFAULT_FILTERS, type Filters } from '../filters/filters';
import type { Locale } from '../i18n/locale';
import type { UrlNotice } from '../filters/url-codec';
import type { LeadPanel, MapBounds } from '../present/deck/deck-constants';
import type { DeckKind } from '../present/deck/present-url';
import { DEFAULT_ORDER, type RowOrder } from '../derive/row-order';

export { LEAD_PANELS, type LeadPanel, type MapBounds } from '../present/deck/deck-constants';


/** How the map shows the initiatives: circles at their places, or provincial-level units shaded by their count. */
export type MapMode = 'places' | 'provinces';
export const MAP_MODES: readonly MapMode[] = ['places', 'provinces'];

/** Where the map is: its extent, and its centre and zoom as Leaflet has them (to put it back exactly). */
export interface MapCamera {
  bounds: MapBounds;
  /** [lat, lon], Leaflet order, in the datum the map draws. */
  center: [number, number];
  zoom: number;
}

/**
 * A request for the map to move; a new `key` repeats the move to the same place. Either an extent
 * to fly to (a scene), or a camera to jump back to at once (the analyst's view after presenting).
 */
export type MapFocus = { key: number } & ({ bounds: MapBounds; camera?: undefined } | { camera: MapCamera; bounds?: undefined });


/** What the analyst had on screen when a presentation started; put back when it ends. */
export interface AnalystView {
  filters: Filters;
  selected: string | null;
  lead: LeadPanel;
  camera: MapCamera | null;
  /** Circles or shaded provinces (a scene shows circles, as its author saw it). */
  mapMode: MapMode;
}

/** Presentation mode: which deck and scene are on the main screen, and how it is being shown. */
export interface PresentState {
  on: boolean;
  /** The deck on screen or chosen; null until one is: the session then uses the default deck. */
  kind: DeckKind | null;
  /** 0-based scene; kept inside the deck by the session that reads it. */
  index: number;
  /** The scene whose view was last put on screen (`kind:index:returns`); null until one is. */
  applied: string | null;
  /** Counts "back to scene" requests, so a scene can be put back after exploring (and timers restart). */
  returns: number;
  blanked: boolean;
  /** Digits typed towards "number then Enter". */
  digits: string;
  /** A short message for the screen and screen readers ("No scene 12"), or null. */
  message: string | null;
  /** Seconds between scenes, or null when auto-advance is off. */
  auto: number | null;
  /**
   * `auto` came from the link or was set in this session, so the address carries it; a value from
   * this browser's saved settings alone stays out of links shared from it.
   */
  autoInAddress: boolean;
  autoPaused: boolean;
  /** The view to put back on exit; null when the presentation began from a link (nothing to put back). */
  analyst: AnalystView | null;
  /**
   * The view the last exit put back: Back from it into the presentation's history entries
   * re-enters the presentation with it, so Esc (or Back again) puts it back once more.
   */
  lastAnalyst: AnalystView | null;
  /**
   * A control outside the presentation (the header's Present button) asked to start: the session,
   * which knows the decks, starts it the one way presenting starts.
   */
  asked: boolean;
}

/**
 * The dashboard's whole view state, in one store. The filters, the selection and the presentation's
 * deck and scene are also in the address bar (store/address-bar.ts); the rest lives for the page.
 */
export interface ViewState {
  filters: Filters;
  /** The selected initiative's id. */
  selected: string | null;
  /** The order the list, the table and Previous/Next go through the rows (in the address). */
  order: RowOrder;
  /**
   * Timeline playback: while set (a day number, days since 1970-01-01 UTC), views show only the
   * initiatives dated on or before it. A clause the timeline owns; not in Filters or the URL.
   */
  playhead: number | null;
  lead: LeadPanel;
  /** The last move asked of the map (a scene, a restore), where the map is now, and how it shows the data (in the address). */
  map: { focus: MapFocus | null; camera: MapCamera | null; mode: MapMode };
  /** The Scenes dialog is open. */
  scenesOpen: boolean;
  /** Someone is about to search (the box has had focus): the search index may be built. */
  searchWanted: boolean;
  present: PresentState;
  /** Link values that could not be read or name nothing in the dataset, and why they were dropped. */
  notices: UrlNotice[];
  /** The display language. */
  lang: Locale;
  /**
   * The link named the language, or the user chose one here: the address carries `lang`, so a
   * shared link opens in it. Otherwise the language came from this browser and stays out of links.
   */
  langInAddress: boolean;
}

export const INITIAL_PRESENT: PresentState = {
  on: false,
  kind: null,
  index: 0,
  applied: null,
  returns: 0,
  blanked: false,
  digits: '',
  message: null,
  auto: null,
  autoInAddress: false,
  autoPaused: false,
  analyst: null,
  lastAnalyst: null,
  asked: false,
};

export const INITIAL_VIEW_STATE: ViewState = {
  filters: DEFAULT_FILTERS,
  selected: null,
  order: DEFAULT_ORDER,
  playhead: null,
  lead: 'map',
  map: { focus: null, camera: null, mode: 'places' },
  scenesOpen: false,
  searchWanted: false,
  present: INITIAL_PRESENT,
  notices: [],
  lang: 'en',
  langInAddress: false,
};
