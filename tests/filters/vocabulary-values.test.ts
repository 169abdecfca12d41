import { describe, expect, it } from 'vitest';
import { readVocabulary } from '../../src/data/vocabulary-terms';
import { DEFAULT_VOCABULARY_FILE } from '../../src/data/default-vocabulary';
import { dropUnknownValues } from '../../src/filters/drop-unknown-values';
import { filterValueLabel } from '../../src/filters/filter-value-label';
import { parseUrlState } from '../../src/filters/url-codec';
import { i18n } from '../../src/i18n/i18n';
import { realDataset } from '../real-dataset';

describe('vocabulary values in a link', () => {
  it('reads a status, kind or instrument by its form before the dataset\'s vocabulary arrives', () => {
    const { state, notices } = parseUrlState('?status=signed,shelved,flying&instrument=technology-licence&kind=city-government');
    expect(notices).toEqual([]);
    expect(state.filters.statuses).toEqual(['signed', 'shelved', 'flying']);
    expect(state.filters.instruments).toEqual(['technology-licence']);
  });

  it('then drops, with a notice each, the values the vocabulary does not have', () => {
    const { state, notices } = dropUnknownValues(parseUrlState('?status=signed,flying&instrument=technology-licence&kind=city-government').state, realDataset());
    expect(state.filters.statuses).toEqual(['signed']);
    expect(state.filters.instruments).toEqual([]);
    expect(state.filters.partnerKinds).toEqual(['city-government']);
    expect(notices).toEqual([
      { param: 'status', value: 'flying', reason: 'unknown', field: 'statuses' },
      { param: 'instrument', value: 'technology-licence', reason: 'unknown', field: 'instruments' },
    ]);
  });

  it('keeps a term only the dataset\'s vocabulary defines, and labels it from there', () => {
    const file = { ...DEFAULT_VOCABULARY_FILE, instruments: [...DEFAULT_VOCABULARY_FILE.instruments, { id: 'technology-licence', label: 'Technology licence', labelZh: '技术许可', description: 'd', descriptionZh: '说明' }] };
    const dataset = { ...realDataset(), vocabulary: readVocabulary(file) };
    const { state, notices } = dropUnknownValues(parseUrlState('?instrument=technology-licence').state, dataset);
    expect(notices).toEqual([]);
    expect(state.filters.instruments).toEqual(['technology-licence']);
    expect(filterValueLabel(dataset, 'instruments', 'technology-licence', { t: i18n.getFixedT('zh'), locale: 'zh' })).toBe('技术许可');
  });
});
