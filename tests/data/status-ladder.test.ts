import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset';
import { DEFAULT_VOCABULARY_FILE } from '../../src/data/default-vocabulary';
import { readVocabulary, type VocabularyFile } from '../../src/data/vocabulary-terms';
import { createRowSorter } from '../../src/derive/order-rows';
import { orderValue } from '../../src/derive/order-values';
import { createFormatter } from '../../src/i18n/format';
import { i18n } from '../../src/i18n/i18n';
import { buildDatasetIndex } from '../../src/model/dataset-index';
import { dominantStatus } from '../../src/views/map/map-places';
import { allLegendKeys } from '../../src/views/map/map-legend-keys';
import { statusColour } from '../../src/views/palette';
import { lanesInUse } from '../../src/views/timeline/timeline-lanes';
import { realDataset } from '../real-dataset';

const english = createFormatter('en', i18n.getFixedT('en'));

/** The curated vocabulary with its ladder turned round (completed first) and "signed" made an end state off it. */
function upsideDown(): VocabularyFile {
  const { ladder, offLadder } = DEFAULT_VOCABULARY_FILE.statuses;
  const signed = ladder.find((t) => t.id === 'signed')!;
  return { ...DEFAULT_VOCABULARY_FILE, statuses: { ladder: ladder.filter((t) => t !== signed).reverse(), offLadder: [signed, ...offLadder] } };
}

/** The curated dataset read with another vocabulary. */
function withVocabulary(file: VocabularyFile): Dataset {
  return { ...realDataset(), vocabulary: readVocabulary(file) };
}

describe('the status ladder comes from the dataset\'s vocabulary', () => {
  it('sorts rows by status up the ladder, then the end states off it', () => {
    for (const dataset of [realDataset(), withVocabulary(upsideDown())]) {
      const index = buildDatasetIndex(dataset);
      const { rows } = createRowSorter(index)(index.rows, { key: 'status', dir: 'asc' }, orderValue('status', dataset, english), 'en');
      const order = dataset.vocabulary.statuses.ids;
      const sorted = rows.map((r) => order.indexOf(r.initiative.status));
      expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    }
    const upside = withVocabulary(upsideDown());
    const index = buildDatasetIndex(upside);
    const { rows } = createRowSorter(index)(index.rows, { key: 'status', dir: 'asc' }, orderValue('status', upside, english), 'en');
    // Curated statuses: launched, agreed, signed; with the ladder turned round and signed off it.
    expect([...new Set(rows.map((r) => r.initiative.status))]).toEqual(['launched', 'agreed', 'signed']);
  });

  it('orders the map legend and the timeline\'s status lanes as the ladder goes', () => {
    const upside = withVocabulary(upsideDown());
    expect(allLegendKeys(upside.vocabulary.statuses).statuses).toEqual(['completed', 'in-implementation', 'launched', 'agreed', 'announced', 'signed', 'shelved', 'cancelled']);
    const index = buildDatasetIndex(upside);
    expect(lanesInUse('status', upside, index.rows, english).map((lane) => lane.key)).toEqual(['launched', 'agreed', 'signed']);
    expect(lanesInUse('status', realDataset(), buildDatasetIndex(realDataset()).rows, english).map((lane) => lane.key)).toEqual(['agreed', 'signed', 'launched']);
  });

  it('colours a step by its place on the ladder and an end state off it in grey', () => {
    const curated = realDataset().vocabulary.statuses;
    const upside = readVocabulary(upsideDown()).statuses;
    expect(statusColour(curated, 'announced')).toBe('#c6dbef');
    expect(statusColour(curated, 'completed')).toBe('#08306b');
    expect(statusColour(upside, 'completed')).toBe('#c6dbef');
    expect(statusColour(upside, 'announced')).toBe('#08306b');
    expect(statusColour(upside, 'signed')).toBe(statusColour(curated, 'shelved'));
  });

  it('breaks a tie for the map\'s colour towards the end of the ladder', () => {
    const upside = readVocabulary(upsideDown()).statuses;
    // Counts in the vocabulary's order: completed, in-implementation, launched, agreed, announced, signed...
    expect(dominantStatus([1, 0, 1, 0, 0, 0, 0, 0], upside)).toBe('launched');
  });
});
