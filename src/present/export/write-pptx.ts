import type { Locale } from '../../i18n/locale';
import type { Words } from '../deck/scene-words';
import type { HandoutDocument } from './handout-pages';
import type { SceneImage } from './scene-image';

/** BCP 47 tags PowerPoint picks its fonts by (DengXian for zh-CN in the default theme). */
const LANG: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };
const COLOURS = { text: '17211D', muted: '4D5A55', accent: '1F6F5C' } as const;

/** The wide layout (16:9), in inches. */
const SLIDE = { width: 13.333, height: 7.5, margin: 0.45 } as const;
const IMAGE_BOX = { x: SLIDE.margin, y: 1.35, width: 8.25, height: 5.4 } as const;
const TEXT_BOX = { x: 8.9, y: 1.35, width: SLIDE.width - 8.9 - SLIDE.margin, height: 5.4 } as const;
/** Where the credit line starts. */
const FOOT_Y = SLIDE.height - 0.55;

export interface PptxOptions {
  words: { mark: string; sources: string; picture: (n: number, title: string) => string };
}

type Run = { text: string; options: { fontSize: number; color: string; bold?: boolean; breakLine?: boolean; lang: string; paraSpaceAfter?: number } };

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** About how tall `text` sets at `size` points in a box `width` points wide (CJK is square, Latin about half an em). */
function estimateHeight(text: string, size: number, width: number): number {
  let ems = 0;
  for (const c of text) ems += CJK.test(c) ? 1 : 0.55;
  return Math.max(1, Math.ceil((ems * size) / width)) * size * 1.25;
}

/** A paragraph of a text box: its text and type size in points, and the space after it. */
interface Line {
  text: string;
  size: number;
  after?: number;
  lang: string;
  colour: string;
  bold?: boolean;
}

/** The scale of the type (1 down to 0.45) at which `lines` fit a box `width` × `height` inches (PowerPoint does not shrink text on opening). */
function fitScale(lines: readonly Line[], width: number, height: number): number {
  for (let scale = 1; scale > 0.45; scale -= 0.07) {
    const total = lines.reduce((h, line) => h + estimateHeight(line.text, line.size * scale, width * 72) + (line.after ?? 0) * scale, 0);
    if (total <= height * 72) return scale;
  }
  return 0.45;
}

const text = (words: Words, mark: string) => (words.fallback ? `${words.text} ${mark}` : words.text);

/**
 * The deck as PowerPoint slides (16:9): per scene its title, its picture, beside it the caption,
 * the key numbers, the filters and the sources, the credit at the foot; the presenter's copy puts
 * each scene's notes in the slide's notes. pptxgenjs is a chunk of its own, loaded here.
 */
export async function writeHandoutPptx(doc: HandoutDocument, images: readonly SceneImage[], { words }: PptxOptions): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${doc.title.text} · ${doc.kind}`;
  pptx.subject = doc.credit;
  const lang = LANG[doc.lang];
  const langOf = (w: Words) => LANG[w.lang];

  doc.pages.forEach((page, i) => {
    const slide = pptx.addSlide();
    const image = images[i]!;
    slide.addText(`${text(doc.title, words.mark)} · ${doc.kind}`, { x: SLIDE.margin, y: 0.2, w: 9, h: 0.3, fontSize: 11, color: COLOURS.muted, lang: langOf(doc.title), margin: 0 });
    slide.addText(page.counter, { x: SLIDE.width - SLIDE.margin - 3, y: 0.2, w: 3, h: 0.3, fontSize: 11, color: COLOURS.muted, align: 'right', lang, margin: 0 });
    slide.addText(text(page.title, words.mark), { x: SLIDE.margin, y: 0.55, w: SLIDE.width - 2 * SLIDE.margin, h: 0.7, fontSize: page.title.text.length > 60 ? 20 : 26, bold: true, color: COLOURS.text, lang: langOf(page.title), valign: 'middle', margin: 0 });

    const aspect = image.width / image.height;
    const w = Math.min(IMAGE_BOX.width, IMAGE_BOX.height * aspect);
    const h = w / aspect;
    slide.addImage({ data: image.data, x: IMAGE_BOX.x, y: IMAGE_BOX.y, w, h, altText: words.picture(i + 1, page.title.text) });

    // The sources go under a wide picture when there is room there, else beside it with the rest.
    const below = { y: IMAGE_BOX.y + h + 0.15, height: FOOT_Y - 0.1 - (IMAGE_BOX.y + h + 0.15) };
    const sourcesBelow = below.height >= 0.75;
    const side: Line[] = [
      ...(page.caption ? [{ text: text(page.caption, words.mark), size: 16, after: 8, lang: langOf(page.caption), colour: COLOURS.text }] : []),
      ...[...page.numbers, page.filters].map((line) => ({ text: line, size: 12, lang, colour: COLOURS.text })),
    ];
    const sources: Line[] = [{ text: words.sources, size: 11, after: 2, lang, colour: COLOURS.accent, bold: true }, ...page.sources.map((line) => ({ text: line, size: 9, lang, colour: COLOURS.muted }))];
    const box = (lines: readonly Line[], x: number, y: number, w: number, boxHeight: number) => {
      const scale = fitScale(lines, w, boxHeight);
      const runs: Run[] = lines.map((line) => ({
        text: line.text,
        options: { fontSize: Math.round(line.size * scale * 2) / 2, color: line.colour, breakLine: true, lang: line.lang, ...(line.bold ? { bold: true } : {}), ...(line.after ? { paraSpaceAfter: line.after * scale } : {}) },
      }));
      slide.addText(runs, { x, y, w, h: boxHeight, valign: 'top', margin: 0 });
    };
    if (sourcesBelow) {
      box(side, TEXT_BOX.x, TEXT_BOX.y, TEXT_BOX.width, TEXT_BOX.height);
      box(sources, IMAGE_BOX.x, below.y, w, below.height);
    } else {
      box([...side, ...sources], TEXT_BOX.x, TEXT_BOX.y, TEXT_BOX.width, TEXT_BOX.height);
    }

    slide.addText(doc.credit, { x: SLIDE.margin, y: FOOT_Y, w: SLIDE.width - 2 * SLIDE.margin, h: 0.4, fontSize: 9, color: COLOURS.muted, lang, valign: 'bottom', margin: 0 });
    if (page.notes) slide.addNotes(text(page.notes, words.mark));
  });
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
