// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetLoadError, loadDataset, type LoadProgress } from '../../src/data/load-dataset';
import { server } from '../msw/server';

const manifest = () => JSON.parse(readFileSync('data/manifest.json', 'utf8')) as Record<string, unknown>;

describe(loadDataset, () => {
  it('fetches the manifest and its files, then validates them (the validation code is a chunk of its own)', async () => {
    const steps: LoadProgress['step'][] = [];
    const loaded = await loadDataset('/data/', (progress) => steps.push(progress.step));
    expect(loaded.dataset.initiatives).toHaveLength(6);
    expect(loaded.problems).toEqual([]);
    expect(loaded.deck?.path).toBe('/data/deck.json');
    expect(steps[0]).toBe('manifest');
    expect(steps.filter((step) => step === 'files')).toHaveLength(6);
    expect(steps.slice(-2)).toEqual(['validating', 'done']);
  });

  it('refuses a manifest its schema refuses, naming the field', async () => {
    server.use(http.get('*/data/manifest.json', () => HttpResponse.json({ ...manifest(), synthetic: 'no' })));
    const error = await loadDataset('/data/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error).toMatchObject({ code: 'notManifest', url: '/data/manifest.json', values: { field: 'synthetic' } });
    expect((error as Error).message).toMatch(/^\/data\/manifest\.json is not a dataset manifest: field "synthetic": /);
  });

  it('says which file failed when the manifest is good', async () => {
    server.use(http.get('*/data/sectors.json', () => new HttpResponse('gone', { status: 404, statusText: 'Not Found' })));
    await expect(loadDataset('/data/')).rejects.toMatchObject({ code: 'status', url: '/data/sectors.json' });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    server.use(http.get('*/data/initiatives.json', () => new Promise<Response>(() => controller.abort())));
    await expect(loadDataset('/data/', () => {}, controller.signal)).rejects.toBeDefined();
  });
});
