import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../../src/data/schema';
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
    const tour = buildTour(dataset);
    expect(tour.scenes).toHaveLength(6);
    const first = tour.scenes[0]!;
    expect(first).toMatchObject({ id: 'tour-danfoss-wuxing-zero-carbon-agreement', selected: 'danfoss-wuxing-zero-carbon-agreement', filters: {}, card: true, lead: 'map' });
    expect(first.caption).toBe('Agreement reached on a visit · Agreed · Wuxing District, Huzhou, Zhejiang');
    expect(first.notes).toBe(byId('danfoss-wuxing-zero-carbon-agreement').summary);
  });
});
