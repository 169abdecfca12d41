// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { deckStorageKey } from '../../../src/present/deck/deck-store';
import { basemapUnitIds, collectOfflineFiles, sourceTextPaths } from '../../../src/views/shell/offline-copy-files';
import { carriedStorage } from '../../../src/views/shell/offline-copy';
import { server } from '../../msw/server';

/** Reads a /data/ path from the data/ folder, recording what was read. */
function dataReader(read: string[] = []) {
  return async (path: string) => {
    read.push(path);
    return readFileSync(`.${path}`, 'utf8');
  };
}

describe(collectOfflineFiles, () => {
  it('carries every file the app fetches for the curated dataset and its map, and nothing else', async () => {
    const fetched: string[] = [];
    const record = ({ request }: { request: Request }) => void fetched.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    try {
      await loadDataset('/data/');
    } finally {
      server.events.removeListener('request:start', record);
    }
    const files = await collectOfflineFiles('/data/', dataReader());
    const details = readdirSync('data/geo/detail').map((f) => `/data/geo/detail/${f}`);
    const texts = readdirSync('data/sources').filter((f) => f.endsWith('.txt')).map((f) => `/data/sources/${f}`);
    expect([...files.keys()].sort()).toEqual([...fetched, '/data/geo/basemap.topo.json', ...details, ...texts].sort());
    expect(details).toHaveLength(34);
    expect(texts).toHaveLength(5);
    expect(files.get('/data/deck.json')).toBe(readFileSync('data/deck.json', 'utf8'));
  });

  it("reads a synthetic dataset's own files and the shared ones once each", async () => {
    const read: string[] = [];
    const manifest = { files: { initiatives: 'initiatives.json', organisations: 'organisations.json', sectors: '../../sectors.json', sources: 'sources.json', gazetteer: '../../geo/gazetteer.json' } };
    const files = await collectOfflineFiles('/data/synthetic/x/', async (path) => {
      read.push(path);
      if (path === '/data/synthetic/x/manifest.json') return JSON.stringify(manifest);
      return path.startsWith('/data/synthetic/') ? '{}' : readFileSync(`.${path}`, 'utf8');
    });
    expect(new Set(read).size).toBe(read.length);
    expect([...files.keys()].slice(0, 7)).toEqual([
      '/data/synthetic/x/manifest.json',
      '/data/geo/basemap.topo.json',
      '/data/synthetic/x/initiatives.json',
      '/data/synthetic/x/organisations.json',
      '/data/sectors.json',
      '/data/synthetic/x/sources.json',
      '/data/geo/gazetteer.json',
    ]);
  });

  it('leaves out an archived text that cannot be read, and reads each once', async () => {
    const read: string[] = [];
    const files = await collectOfflineFiles('/data/', async (path) => {
      read.push(path);
      if (path === '/data/sources/danfoss-wuxing-visit.en.txt') throw new Error('404');
      return readFileSync(`.${path}`, 'utf8');
    });
    expect(files.has('/data/sources/danfoss-wuxing-visit.en.txt')).toBe(false);
    expect(files.get('/data/sources/siemens-zero-carbon-pioneer.en.txt')).toBe(readFileSync('data/sources/siemens-zero-carbon-pioneer.en.txt', 'utf8'));
    expect(new Set(read).size).toBe(read.length);
  });

  it('stops when a file cannot be read', async () => {
    await expect(collectOfflineFiles('/data/', async (path) => (path.endsWith('sectors.json') ? Promise.reject(new Error('gone')) : readFileSync(`.${path}`, 'utf8')))).rejects.toThrow('gone');
  });
});

describe(sourceTextPaths, () => {
  it("lists each source's archived text once, as the details link it", () => {
    const sources = { sources: [{ file: 'sources/a.txt' }, { file: 'sources/a.txt' }, { file: 'sources/b.txt' }, { file: 3 }, {}] };
    expect(sourceTextPaths('/data/synthetic/x/', sources)).toEqual(['/data/synthetic/x/sources/a.txt', '/data/synthetic/x/sources/b.txt']);
    expect(sourceTextPaths('/data/', null)).toEqual([]);
    expect(sourceTextPaths('/data/', { sources: 'no' })).toEqual([]);
  });
});

describe(basemapUnitIds, () => {
  it('lists the 34 provincial-level units of the basemap', () => {
    const ids = basemapUnitIds(JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')));
    expect(ids).toHaveLength(34);
    expect(ids).toContain('110000');
    expect(basemapUnitIds({})).toEqual([]);
  });
});

describe(carriedStorage, () => {
  it("carries the user's deck for this dataset only, under the key the deck store reads", () => {
    localStorage.clear();
    expect(carriedStorage(localStorage, '/data/')).toEqual({});
    localStorage.setItem(deckStorageKey('/data/'), '{"version":1,"title":"Mine","scenes":[]}');
    localStorage.setItem(deckStorageKey('/data/other/'), '{"version":1}');
    expect(carriedStorage(localStorage, '/data/')).toEqual({ [deckStorageKey('/data/')]: '{"version":1,"title":"Mine","scenes":[]}' });
    expect(carriedStorage(null, '/data/')).toEqual({});
    localStorage.clear();
  });
});
