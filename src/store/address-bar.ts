import { formatUrlState, parseUrlState, type UrlNotice, type UrlState } from '../filters/url-codec';
import { SCALAR_PARAMS } from '../filters/filter-fields';
import { asksToPresent, readPresentParams, writePresentParams, type PresentParams } from '../present/deck/present-url';
import { LANG_PARAM, parseLocale, type Locale } from '../i18n/locale';
import { readPresentLink } from './present-updaters';
import { formatOrder, ORDER_PARAM, parseOrder, type RowOrder } from '../derive/row-order';
import { readLink, readLinkLanguage, setMapMode, setOrder } from './view-updaters';
import type { HistoryMode, ViewStore } from './view-store';
import { MAP_MODES, type MapMode, type ViewState } from './view-state';

/** `map=provinces`: the map shades provincial-level units; absent (or anything else) it draws circles. */
export const MAP_MODE_PARAM = 'map';

function parseMapMode(raw: string | null): MapMode {
  return MAP_MODES.find((mode) => mode === raw) ?? 'places';
}

/**
 * The only module that touches `window.history` and reads `window.location.search` for the view:
 * it reads the address into the store at start and on Back/Forward, and writes the store back to
 * the address after every change (push for a user's change, replace for a correction).
 */

/** A further check of a parsed link against the loaded dataset (unknown ids are dropped, with notices). */
export type CheckLink = (state: UrlState) => { state: UrlState; notices: UrlNotice[] };

export interface AddressReading {
  link: UrlState;
  notices: UrlNotice[];
  present: PresentParams;
  /** The display language the link names, or null. */
  lang: Locale | null;
  mapMode: MapMode;
  /** The order of the list and table (`sort`). */
  order: RowOrder;
  /** The check dropped something: the address should be rewritten without it. */
  corrected: boolean;
}

export function readAddress(search: string, check: CheckLink): AddressReading {
  const parsed = parseUrlState(search);
  const checked = check(parsed.state);
  const params = new URLSearchParams(search);
  return {
    link: checked.state,
    notices: [...parsed.notices, ...checked.notices],
    present: readPresentParams(search),
    lang: parseLocale(params.get(LANG_PARAM)),
    mapMode: parseMapMode(params.get(MAP_MODE_PARAM)),
    order: parseOrder(params.get(ORDER_PARAM)),
    corrected: checked.state !== parsed.state,
  };
}

/**
 * What the address says of the view, applied to a state: the filters, the selection, the deck and
 * scene, and (at start) the language.
 */
export function applyAddress(state: ViewState, reading: AddressReading): ViewState {
  const { present } = reading;
  const withLink = setOrder(reading.order)(setMapMode(reading.mapMode)(readLinkLanguage(reading.lang)(readLink(reading.link, reading.notices)(state))));
  const on = asksToPresent(present);
  return readPresentLink({ on, kind: present.deck, index: present.scene === null ? 0 : present.scene - 1, ...(present.auto !== null ? { auto: present.auto } : {}) })(withLink);
}

/** The language, the map mode and the rows' order, the view parameters beside the filters and the presentation. */
function withViewParams(search: string, state: ViewState): string {
  const params = new URLSearchParams(search);
  if (state.langInAddress) params.set(LANG_PARAM, state.lang);
  else params.delete(LANG_PARAM);
  if (state.map.mode !== 'places') params.set(MAP_MODE_PARAM, state.map.mode);
  else params.delete(MAP_MODE_PARAM);
  const order = formatOrder(state.order);
  if (order) params.set(ORDER_PARAM, order);
  else params.delete(ORDER_PARAM);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The address for `state`, on top of `search`: parameters this app does not own (dataset, presenter) are kept. */
export function addressOf(state: ViewState, search: string): string {
  const filtered = withViewParams(formatUrlState({ filters: state.filters, selected: state.selected }, search), state);
  const { present } = state;
  if (!present.on) return writePresentParams(filtered, { deck: null, scene: null, auto: null });
  return writePresentParams(filtered, { ...(present.kind ? { deck: present.kind } : {}), scene: present.index + 1, auto: present.autoInAddress ? present.auto : null });
}

/**
 * A link that opens one initiative whatever the view it was copied from: the app's address with the
 * dataset (when not the default) and the initiative, and nothing else.
 */
export function initiativeLink(href: string, id: string): string {
  const url = new URL(href);
  const dataset = url.searchParams.get('dataset');
  url.search = '';
  url.hash = '';
  if (dataset) url.searchParams.set('dataset', dataset);
  url.searchParams.set(SCALAR_PARAMS.selected, id);
  return url.toString();
}

function write(state: ViewState, history: HistoryMode): void {
  const search = addressOf(state, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (history === 'replace') window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
}

/** The address bar as the store's initial reading (pure: nothing is written until `connectAddressBar`). */
export function readCurrentAddress(check: CheckLink): AddressReading {
  return readAddress(window.location.search, check);
}

/**
 * Keeps the address bar and the store in step until the returned function is called. `initial` is
 * the reading the store started from: what its check dropped is taken out of the address now.
 */
export function connectAddressBar(store: ViewStore, check: CheckLink, initial: AddressReading | null = null): () => void {
  // What the check dropped leaves the address now; so does anything changed before this connected.
  if (initial?.corrected || store.getState() !== store.getInitialState()) write(store.getState(), 'replace');
  const stopWriting = store.onChange((state, _previous, history) => write(state, history));
  const onPopState = () => {
    // Back/Forward moved the address: the store follows it (a correction is written back in place).
    // The language stays as it is: Back undoes a view, not the language the room reads.
    const reading = { ...readAddress(window.location.search, check), lang: null };
    store.update((state) => applyAddress(state, reading), 'replace');
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    stopWriting();
    window.removeEventListener('popstate', onPopState);
  };
}
