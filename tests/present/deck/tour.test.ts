import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../../src/data/schema';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { sceneWords } from '../../../src/present/deck/scene-words';
import { buildTour, initiativeExtent, MAINLAND_EXTENT, tourOrder } from '../../../src/present/deck/tour';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const byId = (id: string) => dataset.initiatives.find((i) => i.id === id)!;

describe(tourOrder, () => {
  it('puts the curated initiatives in time order, the undated one last', () => {
    expect(tourOrder(dataset.initiatives).map((i) => i.id)).toEqual([
      'danfoss-wuxing-zero-carbon-agreement', // 2020-11-30
      'siemens-china-zero-carbon-pioneer-program', // 2021-09 (a month: its first day)
      'energy-chain-zibo-cqc-double-carbon-agreement', // 2021-10-13
      'catl-liaoning-fangda-zero-carbon-cluster', // 2025-02-20
      'cecep-catl-energy-storage-agreement', // 2025-02-25
      'schneider-electric-suzhou-parks-mou', // undated
    ]);
  });

  it('orders a month before a day inside it, and several undated ones by title', () => {
    const make = (id: string, title: string, date: Initiative['date']) => ({ ...byId('danfoss-wuxing-zero-carbon-agreement'), id, title, date });
    const unknown = { value: null, precision: 'unknown', basis: 'stated', reason: 'none given' } as const;
    const order = tourOrder([
      make('u2', 'Zeta', unknown),
      make('d', 'Day', { value: '2021-09-15', precision: 'day', basis: 'stated' }),
      make('u1', 'Alpha', unknown),
      make('m', 'Month', { value: '2021-09', precision: 'month', basis: 'stated' }),
      make('y', 'Year', { value: '2021', precision: 'year', basis: 'stated' }),
    ]);
    expect(order.map((i) => i.id)).toEqual(['y', 'm', 'd', 'u1', 'u2']);
  });
});

describe(initiativeExtent, () => {
  const contains = ([[s, w], [n, e]]: [[number, number], [number, number]], lat: number, lon: number) => lat > s && lat < n && lon > w && lon < e;

  it('frames a city a few degrees across', () => {
    const extent = initiativeExtent(dataset, byId('cecep-catl-energy-storage-agreement'));
    expect(contains(extent, 26.66, 119.52)).toBe(true);
    expect(extent[1][0] - extent[0][0]).toBeCloseTo(3, 5);
  });

  it('frames a province wider than a city', () => {
    const extent = initiativeExtent(dataset, byId('catl-liaoning-fangda-zero-carbon-cluster'));
    expect(contains(extent, 41.79, 123.43)).toBe(true);
    expect(extent[1][0] - extent[0][0]).toBeCloseTo(7, 5);
  });

  it('shows the mainland for a nationwide initiative', () => {
    expect(initiativeExtent(dataset, byId('siemens-china-zero-carbon-pioneer-program'))).toEqual(MAINLAND_EXTENT);
  });
});

describe(buildTour, () => {
  it('makes one card scene per initiative that selects it, clears the filters and flies to it', () => {
    const tour = buildTour(dataset, { en: i18n.getFixedT('en') });
    expect(tour.scenes).toHaveLength(6);
    expect(tour.title).toBe('Tour of the data, in time order');
    const first = tour.scenes[0]!;
    expect(first).toMatchObject({ id: 'tour-danfoss-wuxing-zero-carbon-agreement', lang: 'en', selected: 'danfoss-wuxing-zero-carbon-agreement', filters: {}, card: true, lead: 'map' });
    expect(first.caption).toMatch(/^Agreement reached on a visit · Agreed · Wuxing District, Huzhou/);
    expect(first.notes).toBe(byId('danfoss-wuxing-zero-carbon-agreement').summary);
    expect(first.translations).toBeUndefined();
  });

  it('writes each scene in Chinese too when Chinese is shown, in the same order', async () => {
    await loadLocale('zh');
    const en = i18n.getFixedT('en');
    const tour = buildTour(dataset, { en, zh: i18n.getFixedT('zh') });
    expect(tour.scenes.map((s) => s.id)).toEqual(buildTour(dataset, { en }).scenes.map((s) => s.id));
    expect(tour.translations).toEqual({ zh: '数据导览（按时间顺序）' });
    for (const scene of tour.scenes) {
      const initiative = byId(scene.selected!);
      const words = sceneWords(scene, 'zh');
      if (initiative.translations?.zh) {
        expect(words.title).toEqual({ text: initiative.translations.zh.title, lang: 'zh', fallback: false });
        expect(words.notes).toEqual({ text: initiative.translations.zh.summary, lang: 'zh', fallback: false });
        expect(words.caption!.text).toMatch(/^[^A-Za-z]+｜[^A-Za-z]+｜/);
      } else {
        expect(words.title).toEqual({ text: initiative.title, lang: 'en', fallback: true });
      }
    }
    expect(sceneWords(tour.scenes[0]!, 'zh').caption!.text).toMatch(/^考察期间达成的合作｜已达成｜/);
  });
});
