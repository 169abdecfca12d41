import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY } from '../../src/data/default-vocabulary';
import { buildDatasetIndex, partnerKindsOf, type DatasetIndex, type IndexedInitiative, type KeyField } from '../../src/model/dataset-index';
import { realDataset } from '../real-dataset';
import { fixtureDataset } from '../derive/aggregate-fixture';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const row = (id: string) => index.byId.get(id)!;
const valuesOf = (ix: DatasetIndex, r: IndexedInitiative, field: KeyField) => r[field].map((code) => ix.codebooks[field].values[code]);

describe(buildDatasetIndex, () => {
  it('holds each key field as codes that decode to the record’s values', () => {
    const danfoss = row('danfoss-wuxing-zero-carbon-agreement');
    expect(valuesOf(index, danfoss, 'sectors')).toEqual(danfoss.initiative.sectors);
    expect(valuesOf(index, danfoss, 'partners')).toEqual(danfoss.initiative.parties.map((p) => p.organisation));
    expect(danfoss.sectorIds).toBe(danfoss.initiative.sectors);
  });

  it('codes partner kinds by their place in the vocabulary', () => {
    const danfoss = row('danfoss-wuxing-zero-carbon-agreement');
    const kinds = new Set(danfoss.initiative.parties.map((p) => dataset.organisations.get(p.organisation)!.kind));
    expect(new Set(partnerKindsOf(danfoss))).toEqual(kinds);
    expect(index.codebooks.partnerKinds.values).toEqual(DEFAULT_VOCABULARY.organisationKinds.ids);
  });

  it('adds the province of every place, so a province filter finds its cities', () => {
    const danfoss = row('danfoss-wuxing-zero-carbon-agreement');
    // Wuxing district lies in Huzhou (330500), Zhejiang (330000).
    expect(valuesOf(index, danfoss, 'places')).toEqual(expect.arrayContaining(['330000']));
  });

  it('keeps each value once when a record repeats it', () => {
    const { index: ix } = fixtureDataset({ a: 'private-company', b: 'private-company' }, ['x', 'y'], [{ id: '1', sectors: ['x', 'y', 'x'], partners: ['a', 'b', 'a'], date: '2020' }]);
    const only = ix.rows[0]!;
    expect(only.sectorIds).toEqual(['x', 'y']);
    expect(valuesOf(ix, only, 'partners')).toEqual(['a', 'b']);
    expect(partnerKindsOf(only)).toEqual(['private-company']);
  });

  it('gives an organisation the dataset does not know no kind', () => {
    const { index: ix } = fixtureDataset({ a: 'city-government' }, ['x'], [{ id: '1', sectors: ['x'], partners: ['a', 'ghost'], date: null }]);
    expect(partnerKindsOf(ix.rows[0]!)).toEqual(['city-government']);
    expect(ix.rows[0]!.start).toBeNull();
  });
});
