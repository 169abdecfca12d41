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
    // initiatives, organisations, sectors, sources, gazetteer, deck, vocabulary
    expect(steps.filter((step) => step === 'files')).toHaveLength(7);
    expect(steps.slice(-2)).toEqual(['validating', 'done']);
  });

  it('accepts files that start with a byte-order mark (Windows editors add one)', async () => {
    const text = readFileSync('data/initiatives.json', 'utf8');
    server.use(http.get('*/data/initiatives.json', () => new HttpResponse(new TextEncoder().encode(`\uFEFF${text}`), { headers: { 'Content-Type': 'application/json' } })));
    server.use(http.get('*/data/manifest.json', () => new HttpResponse(`\uFEFF${JSON.stringify(manifest())}`, { headers: { 'Content-Type': 'application/json' } })));
    const loaded = await loadDataset('/data/');
    expect(loaded.problems).toEqual([]);
    expect(loaded.dataset.initiatives).toHaveLength(6);
  });

  it('reports a file that is not JSON at its line and column, and loads the rest', async () => {
    server.use(http.get('*/data/sources.json', () => new HttpResponse('{\n  "sources": [\n    {"id": "x",}\n  ]\n}')));
    const loaded = await loadDataset('/data/');
    expect(loaded.problems[0]).toMatchObject({ file: '/data/sources.json', recordId: null, field: '', code: 'jsonSyntax', values: { line: 3, column: 16 } });
    expect(loaded.problems[0]!.message).toMatch(/^not valid JSON at line 3, column 16: a comma before '\}' leaves nothing after it/);
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
