import { describe, expect, it } from 'vitest';
import { locateInitiative, locatePlace } from '../../src/model/locations';
import { realDataset } from '../real-dataset';

const dataset = realDataset();

describe(locatePlace, () => {
  it('sends a park to its city, a province to its province, nationwide to no place', () => {
    expect(locatePlace({ scope: 'park', gazetteerId: '320500', name: 'Suzhou Industrial Park', basis: 'stated' }, dataset.gazetteer)).toEqual({ kind: 'city', id: '320500' });
    expect(locatePlace({ scope: 'province', gazetteerId: '210000', name: 'Liaoning', basis: 'inferred', reason: 'from the partner name' }, dataset.gazetteer)).toEqual({ kind: 'province', id: '210000' });
    expect(locatePlace({ scope: 'nationwide', gazetteerId: null, name: 'China', basis: 'stated' }, dataset.gazetteer)).toEqual({ kind: 'nationwide' });
  });

  it('draws a municipality named as a city as a point, not a province', () => {
    expect(locatePlace({ scope: 'city', gazetteerId: '110000', name: 'Beijing', basis: 'stated' }, dataset.gazetteer)).toEqual({ kind: 'city', id: '110000' });
  });
});

describe(locateInitiative, () => {
  it('finds the selected initiative on the map', () => {
    const liaoning = dataset.initiatives.find((i) => i.id === 'catl-liaoning-fangda-zero-carbon-cluster')!;
    expect(locateInitiative(liaoning, dataset.gazetteer)).toEqual({ cities: new Set(), provinces: new Set(['210000']), nationwide: false });
  });
});
