import { describe, expect, it } from 'vitest';
import { datasetFileUrls } from '../../src/data/dataset-files';

describe(datasetFileUrls, () => {
  it("resolves each file a manifest names against the manifest's own path", () => {
    const manifest = { files: { initiatives: 'initiatives.json', organisations: 'organisations.json', sectors: '../../sectors.json', sources: 'sources.json', gazetteer: '../../geo/gazetteer.json' } };
    expect(datasetFileUrls('/data/synthetic/n10-s1/manifest.json', manifest)).toEqual([
      ['initiatives', '/data/synthetic/n10-s1/initiatives.json'],
      ['organisations', '/data/synthetic/n10-s1/organisations.json'],
      ['sectors', '/data/sectors.json'],
      ['sources', '/data/synthetic/n10-s1/sources.json'],
      ['gazetteer', '/data/geo/gazetteer.json'],
    ]);
  });

  it('names the deck when there is one, and skips what is not a file name', () => {
    expect(datasetFileUrls('/data/manifest.json', { files: { initiatives: 'i.json', deck: 'deck.json', sectors: '', sources: 3 } })).toEqual([
      ['initiatives', '/data/i.json'],
      ['deck', '/data/deck.json'],
    ]);
    expect(datasetFileUrls('/data/manifest.json', null)).toEqual([]);
    expect(datasetFileUrls('/data/manifest.json', { files: ['initiatives.json'] })).toEqual([]);
  });
});
