import { describe, expect, it } from 'vitest';
import type { HandoutPage } from '../../../src/present/export/handout-pages';
import { layoutPdfPage, PAGE, type Measure, type PdfOp } from '../../../src/present/export/pdf-layout';

/** About half an em per Latin letter, an em per Chinese character, in mm at `size` points. */
const measure: Measure = (text, size) => [...text].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 1 : 0.5), 0) * size * (25.4 / 72);
const doc = { title: { text: 'Six initiatives', lang: 'en' as const, fallback: false }, kind: 'Handout', credit: 'Source: the dataset. Exported 1 Jun 2025, 14:03.', mark: '(not translated)', headings: { notes: 'Notes', sources: 'Sources' } };
const page: HandoutPage = {
  counter: 'Scene 3 of 10',
  title: { text: 'Danfoss and Wuxing District, Huzhou', lang: 'en', fallback: false },
  caption: { text: '30 Nov 2020: on a visit to Danfoss, Wuxing District reached a cooperation agreement.', lang: 'en', fallback: false },
  numbers: ['Showing 1 of 6 initiatives', 'Leads with the map'],
  filters: 'Filters: Partner: Danfoss',
  sources: ['Wu Bingfang Leads a Delegation, data/sources/danfoss-wuxing-visit.en.txt'],
  notes: null,
};
const texts = (ops: PdfOp[]) => ops.filter((op) => op.kind === 'text').map((op) => op.text);
const image = (ops: PdfOp[]) => ops.find((op) => op.kind === 'image')!;

function expectInsidePage(ops: PdfOp[]) {
  for (const op of ops) {
    const width = op.kind === 'text' ? measure(op.text, op.size) : op.width;
    const height = op.kind === 'image' ? op.height : op.kind === 'text' ? op.size * 0.36 : 0;
    expect(op.x, JSON.stringify(op)).toBeGreaterThanOrEqual(PAGE.margin - 0.01);
    expect(op.x + width, JSON.stringify(op)).toBeLessThanOrEqual(PAGE.width - PAGE.margin + 0.01);
    expect(op.y + height, JSON.stringify(op)).toBeLessThanOrEqual(PAGE.height - PAGE.margin + 8);
  }
}

describe(layoutPdfPage, () => {
  it('prints the running head, the title, the picture, the caption, numbers, filters, sources and credit', () => {
    const ops = layoutPdfPage(page, doc, 2.2, measure);
    expect(texts(ops)).toEqual([
      'Six initiatives · Handout',
      'Scene 3 of 10',
      'Danfoss and Wuxing District, Huzhou',
      'Source: the dataset. Exported 1 Jun 2025, 14:03.',
      // The caption wraps at the left column's width (60% of the page).
      '30 Nov 2020: on a visit to Danfoss, Wuxing District reached a cooperation',
      'agreement.',
      'Showing 1 of 6 initiatives · Leads with the map',
      'Filters: Partner: Danfoss',
      'Sources',
      'Wu Bingfang Leads a Delegation, data/sources/danfoss-wuxing-visit.en.txt',
    ]);
    // A wide picture spans the page; the text comes under it.
    expect(image(ops).width).toBeCloseTo(PAGE.width - 2 * PAGE.margin);
    expect(image(ops).height).toBeCloseTo((PAGE.width - 2 * PAGE.margin) / 2.2);
    expectInsidePage(ops);
  });

  it('gives long notes room: the picture shrinks, then the type, and what is left over is cut with an ellipsis', () => {
    const notes = { text: Array.from({ length: 60 }, (_, i) => `Paragraph ${i} of the speaker's notes, which go on for a while.`).join('\n'), lang: 'en' as const, fallback: false };
    const ops = layoutPdfPage({ ...page, notes }, doc, 2.2, measure);
    expect(image(ops).height).toBeGreaterThanOrEqual(72);
    expect(texts(ops)).toContain('Notes');
    expect(texts(ops).some((t) => t.endsWith('…'))).toBe(true);
    expectInsidePage(ops);
  });

  it('wraps Chinese between characters and marks words shown untranslated', () => {
    const chinese: HandoutPage = { ...page, title: { text: 'Overview', lang: 'en', fallback: true }, caption: { text: '六项中有五项注明日期，时间从2020年11月到2025年2月；施耐德电气备忘录的来源未注明日期。'.repeat(4), lang: 'zh', fallback: false } };
    const ops = layoutPdfPage(chinese, doc, 1.6, measure);
    expect(texts(ops)).toContain('Overview (not translated)');
    const captionLines = texts(ops).filter((t) => /五项/.test(t) || /^[\u4e00-\u9fff，；。0-9年月]+$/.test(t));
    expect(captionLines.length).toBeGreaterThan(1);
    expectInsidePage(ops);
  });
});
