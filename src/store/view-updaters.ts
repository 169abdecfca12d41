import type { Filters } from '../filters/filters';
import type { UrlNotice, UrlState } from '../filters/url-codec';
import type { Locale } from '../i18n/locale';
import { sameOrder, type RowOrder } from '../derive/row-order';
import type { LeadPanel, MapBounds, MapCamera, MapFocus, MapMode, ViewState } from './view-state';

/** A named, pure change of the view state; returns the same object when nothing changes. */
export type Updater = (state: ViewState) => ViewState;

export const updateFilters =
  (update: (filters: Filters) => Filters): Updater =>
  (state) => {
    const filters = update(state.filters);
    return filters === state.filters ? state : { ...state, filters };
  };

export const select =
  (id: string | null): Updater =>
  (state) =>
    state.selected === id ? state : { ...state, selected: id };

export const setOrder =
  (order: RowOrder): Updater =>
  (state) =>
    sameOrder(state.order, order) ? state : { ...state, order };

export const setPlayhead =
  (day: number | null): Updater =>
  (state) =>
    state.playhead === day ? state : { ...state, playhead: day };

export const setLead =
  (lead: LeadPanel): Updater =>
  (state) =>
    state.lead === lead ? state : { ...state, lead };

/** The next request for the map to move (a new key, so the same place can be asked for twice). */
export function nextFocus(state: ViewState, target: { bounds: MapBounds } | { camera: MapCamera }): MapFocus {
  return { key: (state.map.focus?.key ?? 0) + 1, ...target } as MapFocus;
}

export const focusMap =
  (bounds: MapBounds): Updater =>
  (state) => ({ ...state, map: { ...state.map, focus: nextFocus(state, { bounds }) } });

export const setMapMode =
  (mode: MapMode): Updater =>
  (state) =>
    state.map.mode === mode ? state : { ...state, map: { ...state.map, mode } };

/** The map reports where it is after every move (a scene saves it; presenting puts it back). */
export const recordMapCamera =
  (camera: MapCamera): Updater =>
  (state) =>
    sameCamera(state.map.camera, camera) ? state : { ...state, map: { ...state.map, camera } };

function sameCamera(a: MapCamera | null, b: MapCamera): boolean {
  if (a === null || a.zoom !== b.zoom || a.center[0] !== b.center[0] || a.center[1] !== b.center[1]) return false;
  const [x, y] = [a.bounds.flat(), b.bounds.flat()];
  return x.every((v, i) => v === y[i]);
}

export const setScenesOpen =
  (open: boolean): Updater =>
  (state) =>
    state.scenesOpen === open ? state : { ...state, scenesOpen: open };

export const wantSearch: Updater = (state) => (state.searchWanted ? state : { ...state, searchWanted: true });

export const dismissNotices: Updater = (state) => (state.notices.length === 0 ? state : { ...state, notices: [] });

/** The filters and selection read from a link (at start, or on Back/Forward), with what was dropped. */
export const readLink =
  (link: UrlState, notices: UrlNotice[]): Updater =>
  (state) => ({ ...state, filters: link.filters, selected: link.selected, notices });

/** The user chose a display language: it goes into the address, so a shared link opens in it. */
export const setLanguage =
  (lang: Locale): Updater =>
  (state) =>
    state.lang === lang && state.langInAddress ? state : { ...state, lang, langInAddress: true };

/** The language a link names (at start); a link without one leaves the language as it is. */
export const readLinkLanguage =
  (lang: Locale | null): Updater =>
  (state) =>
    lang === null ? state : { ...state, lang, langInAddress: true };
