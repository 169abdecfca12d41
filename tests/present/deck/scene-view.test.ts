import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, setPartnerPair } from '../../../src/filters/filters';
import type { Scene } from '../../../src/present/deck/deck-schema';
import { compactFilters, sceneFilters, sceneFromView, sceneToView, viewMatchesScene } from '../../../src/present/deck/scene-view';

const scene: Scene = { id: 's', title: 'S', caption: '', notes: '', filters: { partners: ['catl', 'cecep'], partnerMatch: 'all', sectors: ['energy-storage'] }, selected: 'x', map: null, lead: 'map', card: false };

describe(compactFilters, () => {
  it('keeps only the clauses that are set, and reads back to the same filters', () => {
    const filters = { ...setPartnerPair(DEFAULT_FILTERS, ['catl', 'cecep']), dateFrom: '2021-01-01', query: 'storage' };
    expect(compactFilters(filters)).toEqual({ partners: ['catl', 'cecep'], partnerMatch: 'all', dateFrom: '2021-01-01', query: 'storage' });
    expect(sceneFilters({ filters: compactFilters(filters) })).toEqual(filters);
    expect(compactFilters(DEFAULT_FILTERS)).toEqual({});
  });
});

describe(viewMatchesScene, () => {
  it('matches the scene whatever the order of values', () => {
    const view = sceneToView(scene);
    expect(viewMatchesScene(view, scene)).toBe(true);
    expect(viewMatchesScene({ ...view, filters: { ...view.filters, partners: ['cecep', 'catl'] } }, scene)).toBe(true);
  });

  it('notices a change of selection, of a filter value, or of how partners combine', () => {
    const view = sceneToView(scene);
    expect(viewMatchesScene({ ...view, selected: null }, scene)).toBe(false);
    expect(viewMatchesScene({ ...view, filters: { ...view.filters, sectors: [] } }, scene)).toBe(false);
    expect(viewMatchesScene({ ...view, filters: { ...view.filters, partnerMatch: 'any' } }, scene)).toBe(false);
    expect(viewMatchesScene({ ...view, filters: { ...view.filters, dateTo: '2022-01-01' } }, scene)).toBe(false);
  });
});

describe(sceneFromView, () => {
  it('saves filters, selection, lead panel and the extent rounded to 3 decimals', () => {
    const made = sceneFromView({ view: sceneToView(scene), extent: [[30.123456, 119.98765], [32.5, 122.0004]], lead: 'timeline' }, 'scene-9', 'Nine', 'en');
    expect(made).toEqual({ ...scene, id: 'scene-9', lang: 'en', title: 'Nine', map: [[30.123, 119.988], [32.5, 122]], lead: 'timeline' });
  });

  it('records the language its words are written in', () => {
    expect(sceneFromView({ view: sceneToView(scene), extent: null, lead: 'map' }, 'scene-1', '宁德时代的两项协议', 'zh')).toMatchObject({ lang: 'zh', title: '宁德时代的两项协议' });
  });
});
