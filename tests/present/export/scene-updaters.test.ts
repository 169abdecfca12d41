import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/present/deck/deck-schema';
import { putViewBack, showSceneForHandout } from '../../../src/present/export/scene-updaters';
import { goToScene, setAuto, startPresenting } from '../../../src/store/present-updaters';
import { recordMapCamera, select, setLead, setMapMode, updateFilters } from '../../../src/store/view-updaters';
import { INITIAL_VIEW_STATE, type MapCamera, type ViewState } from '../../../src/store/view-state';

const scene = (over: Partial<Scene>): Scene => ({ id: 's', title: 'S', caption: '', notes: '', filters: {}, selected: null, map: null, lead: 'map', card: false, ...over });
const danfoss = scene({ id: 'danfoss', filters: { partners: ['danfoss'] }, selected: 'danfoss-wuxing-zero-carbon-agreement', map: [[29.6, 118.2], [32.1, 122]], lead: 'details' });
const inTime = scene({ id: 'in-time', lead: 'timeline' });
const camera: MapCamera = { bounds: [[20, 100], [40, 120]], center: [30, 110], zoom: 5.25 };

const analyst: ViewState = [updateFilters((f) => ({ ...f, query: 'CATL' })), select('catl-liaoning-fangda-zero-carbon-cluster'), setLead('charts'), recordMapCamera(camera), setMapMode('provinces'), setAuto(20)].reduce(
  (state, update) => update(state),
  INITIAL_VIEW_STATE,
);

describe(showSceneForHandout, () => {
  it('puts the scene on screen as presenting does, with auto-advance paused', () => {
    const shown = showSceneForHandout('curated', 2, danfoss)(analyst);
    expect(shown).toMatchObject({ filters: { partners: ['danfoss'] }, selected: danfoss.selected, lead: 'details', present: { on: true, kind: 'curated', index: 2, autoPaused: true, auto: 20 } });
    expect(shown.map.focus?.bounds).toEqual(danfoss.map);
  });
});

describe(putViewBack, () => {
  it('puts back the analyst’s view exactly after the scenes, the map jumping back to its camera', () => {
    const after = [showSceneForHandout('curated', 0, danfoss), showSceneForHandout('curated', 1, inTime)].reduce((state, update) => update(state), analyst);
    const back = putViewBack(analyst)(after);
    expect(back.filters).toBe(analyst.filters);
    expect(back.selected).toBe(analyst.selected);
    expect(back.lead).toBe('charts');
    expect(back.map.mode).toBe('provinces');
    expect(back.map.focus).toMatchObject({ camera });
    expect(back.map.focus!.key).toBeGreaterThan(after.map.focus!.key);
    expect(back.present).toBe(analyst.present);
  });

  it('puts a presentation back at its scene, as it was (explored away from, auto-advance running)', () => {
    const presenting = [startPresenting('curated', 4, danfoss), goToScene(5, inTime), select('siemens-china-zero-carbon-pioneer-program')].reduce((state, update) => update(state), analyst);
    const after = showSceneForHandout('curated', 0, danfoss)(presenting);
    const back = putViewBack(presenting)(after);
    expect(back.present).toBe(presenting.present);
    expect(back.selected).toBe('siemens-china-zero-carbon-pioneer-program');
    expect(back.filters).toBe(presenting.filters);
    expect(back.present.autoPaused).toBe(false);
  });
});
