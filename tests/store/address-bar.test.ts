// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../src/filters/filters';
import { addressOf, applyAddress, connectAddressBar, initiativeLink, readAddress, type CheckLink } from '../../src/store/address-bar';
import { goToScene, startPresenting } from '../../src/store/present-updaters';
import { createViewStore } from '../../src/store/view-store';
import { select, setLanguage, setOrder, updateFilters } from '../../src/store/view-updaters';
import { INITIAL_VIEW_STATE } from '../../src/store/view-state';

const acceptAll: CheckLink = (state) => ({ state, notices: [] });
/** Knows no sector "nope". */
const dropNope: CheckLink = (state) =>
  state.filters.sectors.includes('nope')
    ? { state: { ...state, filters: { ...state.filters, sectors: state.filters.sectors.filter((s) => s !== 'nope') } }, notices: [{ param: 'sector', value: 'nope', reason: 'unknown' }] }
    : { state, notices: [] };

function storeAt(url: string, check = acceptAll) {
  window.history.replaceState(null, '', url);
  const reading = readAddress(window.location.search, check);
  return { store: createViewStore(applyAddress(INITIAL_VIEW_STATE, reading)), reading };
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe(readAddress, () => {
  it('reads the filters, the selection and the presentation, and says what its check dropped', () => {
    const reading = readAddress('?q=CATL&sector=energy-storage,nope&selected=x&present=tour&scene=2&dataset=synthetic/n10', dropNope);
    expect(reading.link.filters).toMatchObject({ query: 'CATL', sectors: ['energy-storage'] });
    expect(reading.link.selected).toBe('x');
    expect(reading.present).toMatchObject({ deck: 'tour', scene: 2 });
    expect(reading.corrected).toBe(true);
    expect(reading.notices.map((n) => n.value)).toEqual(['nope']);
  });
});

describe(addressOf, () => {
  it('writes the filters and the presentation, and keeps parameters the app does not own', () => {
    const state = startPresenting('curated', 2, null)(updateFilters((f) => toggleFilterValue(f, 'partners', 'danfoss'))(INITIAL_VIEW_STATE));
    const search = new URLSearchParams(addressOf(state, '?dataset=synthetic/n10000-s1'));
    expect(search.get('dataset')).toBe('synthetic/n10000-s1');
    expect(search.get('partner')).toBe('danfoss');
    expect(search.get('present')).toBe('curated');
    expect(search.get('scene')).toBe('3');
  });

  it('carries auto-advance only when it came from the link or this session', () => {
    const base = startPresenting('tour', 0, null)(INITIAL_VIEW_STATE);
    const fromSettings = { ...base, present: { ...base.present, auto: 20 } };
    expect(new URLSearchParams(addressOf(fromSettings, '')).get('auto')).toBeNull();
    expect(new URLSearchParams(addressOf({ ...fromSettings, present: { ...fromSettings.present, autoInAddress: true } }, '')).get('auto')).toBe('20');
  });

  it('drops the presentation parameters when not presenting', () => {
    expect(addressOf(INITIAL_VIEW_STATE, '?present=tour&scene=4&dataset=x')).toBe('?dataset=x');
  });
});

describe(connectAddressBar, () => {
  it('pushes a user change and replaces for a correction (typing), and is the one writer', () => {
    const { store, reading } = storeAt('/?q=CATL');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const disconnect = connectAddressBar(store, acceptAll, reading);
    expect(replace).not.toHaveBeenCalled();

    store.update(select('danfoss-wuxing-zero-carbon-agreement'));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?q=CATL&selected=danfoss-wuxing-zero-carbon-agreement');
    store.update(updateFilters((f) => ({ ...f, query: 'CATL Ningde' })), 'replace');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('CATL Ningde');
    // A change that leaves the address as it is writes nothing.
    store.update((s) => ({ ...s, playhead: 18_000 }));
    expect(push).toHaveBeenCalledTimes(1);

    disconnect();
    store.update(select(null));
    expect(push).toHaveBeenCalledTimes(1);
  });

  it("takes what the check dropped out of the address at once, in place", () => {
    const { store, reading } = storeAt('/?sector=energy-storage,nope', dropNope);
    const push = vi.spyOn(window.history, 'pushState');
    const disconnect = connectAddressBar(store, dropNope, reading);
    expect(new URLSearchParams(window.location.search).get('sector')).toBe('energy-storage');
    expect(push).not.toHaveBeenCalled();
    expect(store.getState().notices).toHaveLength(1);
    disconnect();
  });

  it('follows Back and Forward: the store reads the address it lands on', () => {
    const { store, reading } = storeAt('/');
    const disconnect = connectAddressBar(store, acceptAll, reading);
    store.update(updateFilters((f) => ({ ...f, query: 'Danfoss' })));
    store.update(startPresenting('curated', 0, null));
    store.update(goToScene(1, null));
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ q: 'Danfoss', present: 'curated', scene: '2' });

    // What the browser does on Back: the address changes, then popstate.
    window.history.replaceState(null, '', '/?q=Danfoss');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().present.on).toBe(false);
    expect(store.getState().filters).toEqual({ ...DEFAULT_FILTERS, query: 'Danfoss' });

    window.history.replaceState(null, '', '/?present=curated&scene=2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().present).toMatchObject({ on: true, kind: 'curated', index: 1 });
    disconnect();
  });
});

describe('the map mode in the address', () => {
  const check: CheckLink = (state) => ({ state, notices: [] });
  it('reads map=provinces, ignores what it does not know, and writes only the shaded mode', () => {
    expect(readAddress('?map=provinces', check).mapMode).toBe('provinces');
    expect(readAddress('?map=nonsense', check).mapMode).toBe('places');
    const state = applyAddress(INITIAL_VIEW_STATE, readAddress('?map=provinces', check));
    expect(state.map.mode).toBe('provinces');
    expect(addressOf(state, '')).toContain('map=provinces');
    expect(addressOf(INITIAL_VIEW_STATE, '?map=provinces')).not.toContain('map=');
  });
});

describe('the order of the rows in the address', () => {
  it('reads sort=, writes only an order other than newest first, and follows Back', () => {
    const state = applyAddress(INITIAL_VIEW_STATE, readAddress('?sort=title&q=CATL', acceptAll));
    expect(state.order).toEqual({ key: 'title', dir: 'asc' });
    expect(addressOf(state, '?sort=title&q=CATL')).toContain('sort=title');
    expect(addressOf(setOrder({ key: 'date', dir: 'desc' })(state), '?sort=title')).not.toContain('sort=');
    const { store, reading } = storeAt('/?sort=-places');
    const disconnect = connectAddressBar(store, acceptAll, reading);
    store.update(setOrder({ key: 'date', dir: 'asc' }));
    expect(window.location.search).toBe('?sort=date');
    window.history.replaceState(null, '', '/?sort=-places');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().order).toEqual({ key: 'places', dir: 'desc' });
    disconnect();
  });
});

describe(initiativeLink, () => {
  it('keeps the app\'s address and the dataset, and names the initiative alone', () => {
    expect(initiativeLink('https://example.org/app/?q=CATL&sector=x&sort=title&lang=zh#details-title', 'catl-ningde')).toBe('https://example.org/app/?selected=catl-ningde');
    expect(initiativeLink('http://127.0.0.1:4173/?dataset=synthetic%2Fn10000-s1&selected=a', 'b')).toBe('http://127.0.0.1:4173/?dataset=synthetic%2Fn10000-s1&selected=b');
  });
});

describe('the language in the address', () => {
  const check: CheckLink = (state) => ({ state, notices: [] });
  it('reads lang from a link and writes it back once chosen', () => {
    const reading = readAddress('?lang=zh&sector=storage', check);
    expect(reading.lang).toBe('zh');
    const state = applyAddress(INITIAL_VIEW_STATE, reading);
    expect(state).toMatchObject({ lang: 'zh', langInAddress: true });
    expect(addressOf(state, '?dataset=x')).toBe('?dataset=x&sector=storage&lang=zh');
  });

  it('leaves lang out of the address when it came from this browser alone', () => {
    const state = { ...INITIAL_VIEW_STATE, lang: 'zh' as const };
    expect(addressOf(state, '?lang=en')).toBe('');
    expect(addressOf(setLanguage('zh')(state), '')).toBe('?lang=zh');
  });

  it('keeps the language on Back: the entry it lands on is rewritten with it', () => {
    const { store, reading } = storeAt('/');
    const disconnect = connectAddressBar(store, acceptAll, reading);
    store.update(updateFilters((f) => ({ ...f, query: 'CATL' })));
    store.update(setLanguage('zh'), 'replace');
    expect(window.location.search).toBe('?q=CATL&lang=zh');
    window.history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState()).toMatchObject({ lang: 'zh', filters: DEFAULT_FILTERS });
    expect(window.location.search).toBe('?lang=zh');
    disconnect();
  });
});
