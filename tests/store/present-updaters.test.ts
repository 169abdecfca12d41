import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../src/filters/filters';
import type { Scene } from '../../src/present/deck/deck-schema';
import {
  appliedKey,
  askToPresent,
  chooseDeck,
  exitPresenting,
  goToScene,
  offerScenes,
  readPresentLink,
  returnToScene,
  say,
  setAuto,
  setAutoPaused,
  setBlanked,
  showLinkedScene,
  startPresenting,
} from '../../src/store/present-updaters';
import { recordMapCamera, select, setLead, setMapMode, updateFilters } from '../../src/store/view-updaters';
import { INITIAL_VIEW_STATE, type MapCamera, type ViewState } from '../../src/store/view-state';

const scene = (over: Partial<Scene>): Scene => ({ id: 's', title: 'S', caption: '', notes: '', filters: {}, selected: null, map: null, lead: 'map', card: false, ...over });
const danfoss = scene({ id: 'danfoss', filters: { partners: ['danfoss'] }, selected: 'danfoss-wuxing-zero-carbon-agreement', map: [[29.6, 118.2], [32.1, 122]], lead: 'details' });
const inTime = scene({ id: 'in-time', lead: 'timeline' });
const camera: MapCamera = { bounds: [[20, 100], [40, 120]], center: [30, 110], zoom: 5.25 };

/** An analyst's view: a search, a date range, a selection, the map zoomed in, the charts first. */
const analyst: ViewState = [
  updateFilters((f) => ({ ...f, query: 'CATL', dateFrom: '2025-01-01' })),
  select('catl-liaoning-fangda-zero-carbon-cluster'),
  recordMapCamera(camera),
  setLead('charts'),
].reduce((state, update) => update(state), INITIAL_VIEW_STATE);

describe(startPresenting, () => {
  it("shows the scene's view and keeps the analyst's view to put back", () => {
    const on = startPresenting('curated', 2, danfoss)(analyst);
    expect(on.present.on).toBe(true);
    expect(on.filters).toEqual({ ...DEFAULT_FILTERS, partners: ['danfoss'] });
    expect(on.selected).toBe('danfoss-wuxing-zero-carbon-agreement');
    expect(on.lead).toBe('details');
    expect(on.map.focus).toMatchObject({ bounds: danfoss.map });
    expect(on.present.analyst).toEqual({ filters: analyst.filters, selected: analyst.selected, lead: 'charts', camera, mapMode: 'places' });
    expect(on.present.applied).toBe(appliedKey(on.present));
  });

  it('keeps the first analyst view when started again while presenting', () => {
    const on = startPresenting('curated', 0, inTime)(analyst);
    const again = startPresenting('tour', 1, danfoss)(on);
    expect(again.present.analyst).toBe(on.present.analyst);
    expect(again.present.kind).toBe('tour');
  });

  it('clears a pending request to present', () => {
    const asked = askToPresent(analyst);
    expect(asked.present.asked).toBe(true);
    expect(askToPresent(asked)).toBe(asked);
    expect(startPresenting('curated', 0, inTime)(asked).present.asked).toBe(false);
  });
});

describe(exitPresenting, () => {
  it("puts the analyst's filters, selection, leading panel and map camera back exactly", () => {
    const stepped = goToScene(3, inTime)(goToScene(2, danfoss)(startPresenting('curated', 0, inTime)(analyst)));
    const off = exitPresenting(stepped);
    expect(off.present.on).toBe(false);
    expect(off.filters).toBe(analyst.filters);
    expect(off.selected).toBe(analyst.selected);
    expect(off.lead).toBe('charts');
    expect(off.map.focus).toMatchObject({ camera });
    expect(off.map.focus!.key).toBeGreaterThan(stepped.map.focus!.key);
    expect(off.present.analyst).toBeNull();
  });

  it('leaves the scene on screen after a presentation opened from a link', () => {
    const linked = showLinkedScene('curated', 2, danfoss)(readPresentLink({ on: true, kind: 'curated', index: 2 })(INITIAL_VIEW_STATE));
    const off = exitPresenting(linked);
    expect(off.present.on).toBe(false);
    expect(off.filters).toEqual({ ...DEFAULT_FILTERS, partners: ['danfoss'] });
    expect(off.selected).toBe('danfoss-wuxing-zero-carbon-agreement');
  });

  it('is no change when not presenting', () => {
    expect(exitPresenting(analyst)).toBe(analyst);
  });

  it('Back into the presentation after Esc re-enters it with the same analyst view to put back', () => {
    const on = goToScene(2, danfoss)(startPresenting('curated', 0, inTime)(analyst));
    const off = exitPresenting(on);
    const back = readPresentLink({ on: true, kind: 'curated', index: 2 })(off);
    expect(back.present.analyst).toEqual(on.present.analyst);
    const offAgain = exitPresenting(back);
    expect(offAgain.filters).toBe(analyst.filters);
    expect(offAgain.lead).toBe('charts');
  });
});

describe(returnToScene, () => {
  it("puts the scene's view back after exploring, as a new application (timers restart)", () => {
    const on = startPresenting('curated', 2, danfoss)(analyst);
    const explored = updateFilters((f) => toggleFilterValue(f, 'sectors', 'energy-storage'))(on);
    const back = returnToScene(danfoss)(explored);
    expect(back.filters).toEqual(on.filters);
    expect(back.present.applied).not.toBe(on.present.applied);
  });
});

describe(readPresentLink, () => {
  it('opens the deck and scene a link names, with no analyst view', () => {
    const linked = readPresentLink({ on: true, kind: 'tour', index: 4, auto: 20 })(analyst);
    expect(linked.present).toMatchObject({ on: true, kind: 'tour', index: 4, auto: 20, analyst: null });
    // The scene is not on screen until the session shows it.
    expect(linked.present.applied).toBeNull();
  });

  it('leaving by Back keeps the filters of the link, and puts back the rest of the analyst view', () => {
    const on = startPresenting('curated', 2, danfoss)(analyst);
    const backAtAnalyst = { ...on, filters: analyst.filters, selected: analyst.selected };
    const off = readPresentLink({ on: false, kind: null, index: null })(backAtAnalyst);
    expect(off.present.on).toBe(false);
    expect(off.lead).toBe('charts');
    expect(off.map.focus).toMatchObject({ camera });
  });
});

describe('auto-advance in the address', () => {
  it('is carried when the link gave it or it was set in this session, not when it only came from saved settings', () => {
    const fromSettings = { ...INITIAL_VIEW_STATE, present: { ...INITIAL_VIEW_STATE.present, auto: 20 } };
    expect(fromSettings.present.autoInAddress).toBe(false);
    expect(readPresentLink({ on: true, kind: 'tour', index: 0, auto: 30 })(fromSettings).present).toMatchObject({ auto: 30, autoInAddress: true });
    expect(setAuto(15)(fromSettings).present).toMatchObject({ auto: 15, autoInAddress: true });
  });
});

describe('no-change updaters', () => {
  it('return the same state when they change nothing', () => {
    expect(setBlanked(false)(analyst)).toBe(analyst);
    expect(setAutoPaused(false)(analyst)).toBe(analyst);
    expect(say(null)(analyst)).toBe(analyst);
  });
});

describe('deck and screen', () => {
  it('chooses a deck from its first scene; blanking clears typed digits', () => {
    expect(chooseDeck('mine')(goToScene(4, null)(analyst)).present).toMatchObject({ kind: 'mine', index: 0 });
    const typed = { ...analyst, present: { ...analyst.present, digits: '12' } };
    expect(setBlanked(true)(typed).present).toMatchObject({ blanked: true, digits: '' });
  });
});

describe('the map mode while presenting', () => {
  it('shows a scene with circles and gives the analyst the shaded provinces back on exit', () => {
    const shaded = setMapMode('provinces')(INITIAL_VIEW_STATE);
    const presenting = startPresenting('curated', 0, scene({ map: [[20, 100], [40, 120]] }))(shaded);
    expect(presenting.map.mode).toBe('places');
    expect(exitPresenting(presenting).map.mode).toBe('provinces');
  });
});

describe('offerScenes', () => {
  it('answers a request to present by opening the Scenes dialog, without presenting', () => {
    const asked = askToPresent(INITIAL_VIEW_STATE);
    const offered = offerScenes(asked);
    expect(offered.present).toMatchObject({ on: false, asked: false });
    expect(offered.scenesOpen).toBe(true);
  });
});
