// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSource, type OfflineCopy } from '../../src/lib/inlined-files';
import { fileBlock, isOfflineTemplate, newCopyId, TEMPLATE_MARK, writeOfflinePage } from '../../src/lib/offline-page';

/** A template as the offline build writes it: the mark first in the head, the app's code inlined after it (spelling the mark and `</body>` too). */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    ${TEMPLATE_MARK}
    <meta charset="UTF-8" />
    <script type="module">const mark = ${JSON.stringify(TEMPLATE_MARK)}; const end = "\\x3C/body>";</script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const COPY: OfflineCopy = { id: 'c1', dataset: '/data/', storage: { 'carbon-dashboard:deck:/data/': '{"title":"</script><!--"}' } };

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe(isOfflineTemplate, () => {
  it("knows the offline build's template from the served index.html and from a page of the app's code", () => {
    expect(isOfflineTemplate(TEMPLATE)).toBe(true);
    expect(isOfflineTemplate('<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>')).toBe(false);
    // The mark inside the code only (the served app's chunk that makes copies spells it).
    expect(isOfflineTemplate(`<html><head><script>const m = ${JSON.stringify(TEMPLATE_MARK)}</script></head></html>`)).toBe(false);
  });
});

describe(writeOfflinePage, () => {
  it('puts the copy and its files before </body>, and the copy reads them back as they were', async () => {
    const files = new Map([
      ['/data/manifest.json', '{"title":"Tricky </script> <!-- <script> title"}'],
      ['/data/sources/a.txt', 'not JSON: </script> and <!-- a comment'],
      ['/data/geo/detail/110000.topo.json', '{"type":"Topology","arcs":[]}'],
    ]);
    const page = writeOfflinePage(TEMPLATE, COPY, files);
    expect(page.indexOf('id="offline-copy"')).toBeGreaterThan(page.indexOf('<div id="root">'));
    expect(page.trimEnd().endsWith('</body>\n</html>')).toBe(true);
    expect(isOfflineTemplate(page)).toBe(false);

    const doc = parse(page);
    // Nothing in a file ended its block early: exactly the app's script and one block per file and the copy.
    expect(doc.querySelectorAll('script')).toHaveLength(1 + 1 + files.size);
    const source = readFileSource(doc, () => Promise.reject(new Error('no request')));
    expect(source.copy).toEqual(COPY);
    for (const [path, text] of files) {
      const read = await (await source.fetch(path)).text();
      // A JSON file reads as the same JSON; any other file as the same text.
      if (path.endsWith('.json')) expect(JSON.parse(read), path).toEqual(JSON.parse(text));
      else expect(read, path).toBe(text);
    }
  });

  it('keeps a JSON file byte for byte but for its < (written \\u003c, the same JSON)', () => {
    const block = fileBlock('/data/a.json', '{ "a": "<b>", "n": 1 }');
    expect(block).toBe('<script type="application/json" data-inlined-file="/data/a.json">{ "a": "\\u003cb>", "n": 1 }</script>');
    expect(JSON.parse(parse(block).querySelector('script')!.textContent!)).toEqual({ a: '<b>', n: 1 });
  });

  it('refuses a page that is not a template, or a copy already filled in', () => {
    expect(() => writeOfflinePage('<html><body></body></html>', COPY, [])).toThrow(/not an offline template/);
    expect(() => writeOfflinePage(writeOfflinePage(TEMPLATE, COPY, []), COPY, [])).toThrow(/already filled in/);
  });
});

describe(newCopyId, () => {
  it('names the moment and differs between two copies made at once', () => {
    const at = new Date(Date.UTC(2025, 5, 1, 9, 30));
    expect(newCopyId(at, () => 0.5)).toBe('2025-06-01T09:30:00.000Z-80000000');
    expect(newCopyId(at)).not.toBe(newCopyId(at));
  });
});
