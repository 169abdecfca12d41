// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { applyCarriedStorage, carriedStorageMark, pathOf, readFileSource, type OfflineCopy } from '../../src/lib/inlined-files';

const COPY: OfflineCopy = { id: 'copy-1', dataset: '/data/synthetic/n10-s1/', storage: { 'carbon-dashboard:deck:/data/synthetic/n10-s1/': '{"version":1}' } };

/** A page as an offline copy is written: the copy's block and one block per file. */
function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}
const copyBlock = (copy: unknown = COPY) => `<script type="application/json" id="offline-copy">${JSON.stringify(copy)}</script>`;

describe(readFileSource, () => {
  it('is plain fetch on a served page (no copy block)', async () => {
    const fetchFn = vi.fn(async () => new Response('served'));
    const source = readFileSource(page('<div id="root"></div>'), fetchFn);
    expect(source.copy).toBeNull();
    const response = await source.fetch('/data/manifest.json', { credentials: 'same-origin' });
    expect(await response.text()).toBe('served');
    expect(fetchFn).toHaveBeenCalledWith('/data/manifest.json', { credentials: 'same-origin' });
  });

  it('answers from the blocks in a copy, a JSON file as it is and a text file from its JSON string, without fetching', async () => {
    const fetchFn = vi.fn(async () => new Response('network'));
    const doc = page(
      `${copyBlock()}<script type="application/json" data-inlined-file="/data/manifest.json">{"title":"a \\u003c/script> b"}</script>` +
        `<script type="application/json" data-inlined-file="/data/notes.txt" data-encoding="text">"line one\\nline \\u003c!-- two"</script>`,
    );
    const source = readFileSource(doc, fetchFn);
    expect(source.copy).toEqual(COPY);
    const manifest = await source.fetch('/data/manifest.json?v=2');
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await manifest.json()).toEqual({ title: 'a </script> b' });
    expect(await (await source.fetch('/data/notes.txt')).text()).toBe('line one\nline <!-- two');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('answers a path the copy does not carry with a 404, still without a request', async () => {
    const fetchFn = vi.fn(async () => new Response('network'));
    const source = readFileSource(page(copyBlock()), fetchFn);
    const response = await source.fetch('/offline/template.html');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not in this offline copy: /offline/template.html');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('rejects a read whose signal has aborted, as fetch does', async () => {
    const source = readFileSource(page(`${copyBlock()}<script type="application/json" data-inlined-file="/data/a.json">{}</script>`));
    const controller = new AbortController();
    controller.abort();
    await expect(source.fetch('/data/a.json', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('takes a page whose copy block is not a copy for a served page', () => {
    expect(readFileSource(page('<script type="application/json" id="offline-copy">{"dataset": 3}</script>')).copy).toBeNull();
    expect(readFileSource(page('<script type="application/json" id="offline-copy">not json</script>')).copy).toBeNull();
    expect(readFileSource(null).copy).toBeNull();
  });
});

describe('FileSource.href', () => {
  it('links a carried file as a blob: URL of its text in a copy, once per path, and a path it does not carry as it is', async () => {
    const created: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => `blob:test/${created.push(blob as Blob)}`);
    try {
      const source = readFileSource(page(`${copyBlock()}<script type="application/json" data-inlined-file="/data/sources/a.txt" data-encoding="text">"archived \u003ctext>"</script>`));
      expect(source.href('/data/sources/a.txt')).toBe('blob:test/1');
      expect(source.href('/data/sources/a.txt')).toBe('blob:test/1');
      expect(await created[0]!.text()).toBe('archived <text>');
      expect(created[0]!.type).toBe('text/plain;charset=utf-8');
      expect(source.href('/data/sources/b.txt')).toBe('/data/sources/b.txt');
      expect(readFileSource(page('')).href('/data/sources/a.txt')).toBe('/data/sources/a.txt');
    } finally {
      spy.mockRestore();
    }
  });
});

describe(pathOf, () => {
  it('keeps the path of a same-origin URL, decoded, without its query or fragment', () => {
    expect(pathOf('/data/geo/detail/110000.topo.json?x=1#y')).toBe('/data/geo/detail/110000.topo.json');
    expect(pathOf('/data/a%20b.json')).toBe('/data/a b.json');
    expect(pathOf('http://127.0.0.1:4173/data/manifest.json')).toBe('/data/manifest.json');
  });
});

describe(applyCarriedStorage, () => {
  it("sets the copy's storage the first time it is opened, and never again over the user's changes", () => {
    const storage = window.localStorage;
    storage.clear();
    const key = 'carbon-dashboard:deck:/data/synthetic/n10-s1/';
    applyCarriedStorage(COPY, storage);
    expect(storage.getItem(key)).toBe('{"version":1}');
    expect(storage.getItem(carriedStorageMark(COPY))).not.toBeNull();
    storage.setItem(key, '{"version":1,"changed":true}');
    applyCarriedStorage(COPY, storage);
    expect(storage.getItem(key)).toBe('{"version":1,"changed":true}');
    // A newer copy brings its own deck.
    applyCarriedStorage({ ...COPY, id: 'copy-2' }, storage);
    expect(storage.getItem(key)).toBe('{"version":1}');
    storage.clear();
  });

  it('opens without storage, or with storage that refuses', () => {
    expect(() => applyCarriedStorage(COPY, null)).not.toThrow();
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    expect(() => applyCarriedStorage(COPY, refusing)).not.toThrow();
  });
});
