import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDataFile } from '../../src/curate/format-data-file';

const FILES = ['initiatives.json', 'organisations.json', 'sources.json', 'sectors.json'];
const read = (name: string) => readFileSync(`data/${name}`, 'utf8');

describe(formatDataFile, () => {
  it.each(FILES)('reproduces data/%s byte for byte', (name) => {
    const text = read(name);
    expect(formatDataFile(JSON.parse(text))).toBe(text);
  });

  it('keeps a record of plain values on one line and opens one with a list', () => {
    expect(formatDataFile({ items: [{ id: 'a', n: 1 }, { id: 'b', tags: ['x'] }] })).toBe(
      '{\n  "items": [\n    { "id": "a", "n": 1 },\n    {\n      "id": "b",\n      "tags": ["x"]\n    }\n  ]\n}\n',
    );
  });

  it('breaks a list of objects inside an object onto lines indented from where it opens', () => {
    const file = { items: [{ id: 'a', refs: [{ ref: 'r', quotes: [{ text: 'q' }] }] }] };
    expect(formatDataFile(file)).toBe(
      '{\n  "items": [\n    {\n      "id": "a",\n      "refs": [\n        { "ref": "r", "quotes": [\n          { "text": "q" }\n        ] }\n      ]\n    }\n  ]\n}\n',
    );
  });

  it('leaves out undefined fields and keeps escapes and Chinese text as JSON writes them', () => {
    expect(formatDataFile({ items: [{ id: 'a', note: undefined, text: '“湖州” \\ "x"\n' }] })).toBe('{\n  "items": [\n    { "id": "a", "text": "“湖州” \\\\ \\"x\\"\\n" }\n  ]\n}\n');
  });
});
