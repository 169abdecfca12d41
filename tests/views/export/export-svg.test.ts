// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeXml, groupLines, standsUpright, type PlacedChar } from '../../../src/views/export/dom-svg';
import { layoutSvgFigure, svgDocument } from '../../../src/views/export/export-svg';

const at = (char: string, left: number, top: number): PlacedChar => ({ char, left, top, right: left + 8, bottom: top + 16 });

describe(groupLines, () => {
  it('breaks where the page started a new row, or a new column in vertical text', () => {
    const chars = [at('a', 0, 0), at('b', 8, 0), at('c', 0, 20), at('d', 8, 20.4)];
    expect(groupLines(chars, false).map((line) => line.map((c) => c.char).join(''))).toEqual(['ab', 'cd']);
    const column = [at('宁', 0, 0), at('德', 0, 16), at('时', 20, 0)];
    expect(groupLines(column, true).map((line) => line.map((c) => c.char).join(''))).toEqual(['宁德', '时']);
    expect(groupLines([], false)).toEqual([]);
  });
});

describe(standsUpright, () => {
  it('stands Chinese upright in vertical text and lays Latin letters and digits on their side', () => {
    expect(['宁', '，', '（'].every(standsUpright)).toBe(true);
    expect(['C', '3', '-'].some(standsUpright)).toBe(false);
  });
});

describe(layoutSvgFigure, () => {
  const measure = (text: string, size: number) => text.length * size * 0.5;
  it('puts the title above the drawing and the note and credit under it, wrapped to the width', () => {
    const layout = layoutSvgFigure({ width: 500, height: 300 }, { title: 'Initiatives by sector', note: 'Note: draft', credit: 'Source: curated data. '.repeat(8) }, measure);
    expect(layout.width).toBe(548);
    const [title, note, ...credit] = layout.lines;
    expect(title).toMatchObject({ text: 'Initiatives by sector', x: 24 });
    expect(layout.body.y).toBeGreaterThan(title!.y);
    expect(note!.text).toBe('Note: draft');
    expect(note!.y).toBeGreaterThan(layout.body.y + 300);
    expect(credit.length).toBeGreaterThan(1);
    expect(layout.height).toBeGreaterThan(credit.at(-1)!.y);
  });

  it('leaves the note out when there is none, and keeps room for the words under a narrow drawing', () => {
    const layout = layoutSvgFigure({ width: 100, height: 50 }, { title: 'T', credit: 'C' }, measure);
    expect(layout.lines.map((l) => l.text)).toEqual(['T', 'C']);
    expect(layout.width).toBe(468);
  });
});

describe(svgDocument, () => {
  it('is a standalone SVG file: px sizes, a viewBox, the font declared, the title and credit as text', () => {
    const text = { title: 'Sectors & <partners>', note: 'Note: 草稿', credit: 'Source: curated' };
    const layout = layoutSvgFigure({ width: 400, height: 200 }, text, (s, size) => s.length * size * 0.5);
    const file = svgDocument(layout, { markup: '<rect x="0" y="0" width="10" height="10" fill="#1f6f5c"/>', width: 400, height: 200, text: '', rootFont: "'Noto Sans SC Subset', sans-serif" }, text, '@font-face { font-family: X; src: url(data:font/woff2;base64,AAAA); }', 'en');
    const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const svg = doc.documentElement;
    expect(svg.localName).toBe('svg');
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).toBe(`${layout.width}px`);
    expect(svg.getAttribute('height')).toBe(`${layout.height}px`);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(svg.getAttribute('font-family')).toBe("'Noto Sans SC Subset', sans-serif");
    expect(svg.querySelector('title')!.textContent).toBe('Sectors & <partners>');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Sectors & <partners>', 'Note: 草稿', 'Source: curated']);
    expect(svg.querySelector('style')!.textContent).toContain('@font-face');
    expect(svg.querySelector('g > rect')!.getAttribute('fill')).toBe('#1f6f5c');
  });
});

describe(escapeXml, () => {
  it('escapes what XML would read as markup', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});
