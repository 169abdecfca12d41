import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDataFile } from '../../src/curate/format-data-file';
import { checkDatasetDir } from '../../scripts/lib/read-dataset-dir';
import { CURATE_WRITE_PATH, curateWriteMiddleware, writeDatasetFiles } from '../../scripts/lib/curate-write-plugin';
import { copyDataset, readText } from './dataset-copy';

let dir: string;
beforeEach(() => {
  dir = copyDataset();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const initiatives = () => JSON.parse(readText(dir, 'initiatives.json')) as { initiatives: Array<Record<string, unknown>> };

function withStatus(status: string) {
  const file = initiatives();
  file.initiatives[0] = { ...file.initiatives[0], status };
  return formatDataFile(file);
}

describe(writeDatasetFiles, () => {
  it('writes a change that leaves the dataset valid', () => {
    const text = withStatus('launched');
    expect(writeDatasetFiles(dir, { files: [{ path: 'initiatives.json', text }] })).toEqual({ status: 200, body: { written: ['initiatives.json'] } });
    expect(readText(dir, 'initiatives.json')).toBe(text);
    expect(checkDatasetDir(dir).problems).toEqual([]);
  });

  it('refuses a change data:check would fail, with its problems, and writes nothing', () => {
    const before = readText(dir, 'initiatives.json');
    const outcome = writeDatasetFiles(dir, { files: [{ path: 'initiatives.json', text: withStatus('almost-signed') }] });
    expect(outcome.status).toBe(422);
    expect(outcome.body).toMatchObject({ problems: expect.arrayContaining([expect.objectContaining({ file: expect.stringMatching(/initiatives\.json$/), recordId: 'schneider-electric-suzhou-parks-mou', field: 'status' })]) });
    expect(readText(dir, 'initiatives.json')).toBe(before);
  });

  it('refuses a quote that is not verbatim in its source', () => {
    const file = initiatives();
    const quote = (file.initiatives[0]!.sources as Array<{ quotes: Array<{ text: string }> }>)[0]!.quotes[0]!;
    quote.text = `${quote.text} (and more)`;
    const outcome = writeDatasetFiles(dir, { files: [{ path: 'initiatives.json', text: formatDataFile(file) }] });
    expect(outcome.status).toBe(422);
    expect(JSON.stringify(outcome.body)).toContain('quoteNotVerbatim');
  });

  it.each(['../initiatives.json', '/etc/passwd', 'sources/../../x.txt', '..\\initiatives.json', './initiatives.json', ''])('refuses the path %j, outside the folder or not plain', (path) => {
    expect(writeDatasetFiles(dir, { files: [{ path, text: '{}' }] }).status).toBe(403);
  });

  it('refuses files inside the folder that the editor does not write', () => {
    for (const path of ['manifest.json', 'geo/gazetteer.json', 'deck.json', 'sources/unlisted.en.txt', 'notes.md']) {
      expect(writeDatasetFiles(dir, { files: [{ path, text: 'x' }] }).status, path).toBe(403);
    }
    expect(existsSync(join(dir, 'sources/unlisted.en.txt'))).toBe(false);
  });

  it('refuses a path that a link inside the folder leads out of it', () => {
    const outside = copyDataset('curate-outside-');
    try {
      rmSync(join(dir, 'sources'), { recursive: true });
      symlinkSync(join(outside, 'sources'), join(dir, 'sources'));
      const path = 'sources/danfoss-wuxing-visit.en.txt';
      const before = readText(outside, path);
      expect(writeDatasetFiles(dir, { files: [{ path, text: before }] }).status).toBe(403);
      expect(readText(outside, path)).toBe(before);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('writes a new source text together with the sources.json that names it', () => {
    const sources = JSON.parse(readText(dir, 'sources.json')) as { sources: Array<Record<string, unknown>> };
    sources.sources.push({ id: 'pasted', file: 'sources/pasted.en.txt', title: null, publisher: null, date: { value: null, precision: 'unknown', basis: 'stated' }, language: 'en' });
    const files = [
      { path: 'sources.json', text: formatDataFile(sources) },
      { path: 'sources/pasted.en.txt', text: 'A pasted article.' },
    ];
    expect(writeDatasetFiles(dir, { files }).status).toBe(200);
    expect(readFileSync(join(dir, 'sources/pasted.en.txt'), 'utf8')).toBe('A pasted article.');
  });

  it('refuses a request of the wrong shape', () => {
    for (const request of [null, {}, { files: [] }, { files: [{ path: 'initiatives.json' }] }]) expect(writeDatasetFiles(dir, request).status).toBe(400);
  });
});

describe(curateWriteMiddleware, () => {
  let server: Server;
  let url: string;
  beforeEach(async () => {
    const middleware = curateWriteMiddleware(dir);
    server = createServer((req, res) => middleware(req, res, () => ((res.statusCode = 404), res.end())));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${CURATE_WRITE_PATH}`;
  });
  afterEach(() => new Promise<void>((done) => server.close(() => done())));

  /** Node's own client: the tests' msw server answers fetch(). */
  const send = (method: string, body: string, headers: Record<string, string>) =>
    new Promise<{ status: number; json: () => unknown }>((done, fail) => {
      const req = request(url, { method, headers }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done({ status: res.statusCode ?? 0, json: () => JSON.parse(text) as unknown }));
      });
      req.on('error', fail);
      req.end(body);
    });
  const post = (body: unknown, headers: Record<string, string> = {}) => send('POST', JSON.stringify(body), { 'Content-Type': 'application/json', ...headers });

  it('answers a valid write with the files written, and an invalid one with 422 and its problems', async () => {
    const ok = await post({ files: [{ path: 'initiatives.json', text: withStatus('launched') }] });
    expect(ok.status).toBe(200);
    const bad = await post({ files: [{ path: 'initiatives.json', text: withStatus('nope') }] });
    expect(bad.status).toBe(422);
    expect((bad.json() as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
  });

  it('refuses a page of another origin, and anything but a JSON POST', async () => {
    expect((await post({ files: [] }, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await send('GET', '', {})).status).toBe(405);
    expect((await send('POST', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
  });
});
