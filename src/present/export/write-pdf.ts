import type { HandoutDocument } from './handout-pages';
import { HandoutFailure } from './handout-failure';
import { COLOURS, layoutPdfPage } from './pdf-layout';
import { PDF_FONT_URL } from './pdf-font-url';
import type { SceneImage } from './scene-image';

/** The family name the PDF's embedded font goes by (jsPDF's own name, not shown). */
const FAMILY = 'NotoSansSCSubset';
const FONT_FILE = 'NotoSansSCSubset.ttf';

let fontLoad: Promise<string> | null = null;
/** The handout font as jsPDF takes it (a binary string), fetched once from this origin. */
function loadFont(): Promise<string> {
  if (!PDF_FONT_URL) return Promise.reject(new HandoutFailure('noFont'));
  fontLoad ??= fetch(PDF_FONT_URL)
    .then((response) => {
      if (!response.ok) throw new HandoutFailure('noFont');
      return response.arrayBuffer();
    })
    .then((buffer) => {
      const bytes = new Uint8Array(buffer);
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return binary;
    });
  fontLoad.catch(() => {
    fontLoad = null;
  });
  return fontLoad;
}

/** Starts fetching jsPDF and the font, so they are there when the pages are written. */
export function preloadPdf(): void {
  void import('jspdf');
  loadFont().catch(() => undefined);
}

export interface PdfResult {
  blob: Blob;
  /** Characters the text holds that the font has no glyph for (they print blank). */
  missing: string[];
}

export interface PdfOptions {
  /** Strings for the headings and marks the pages print, in the document's language. */
  words: { mark: string; notes: string; sources: string };
  /** Deflate the page streams (the default); off only to read the text in tests. */
  compress?: boolean;
}

/**
 * The handout as a PDF: A4 landscape, one page per scene (pdf-layout.ts), the text in the
 * embedded TrueType font (jsPDF keeps only the glyphs used), the picture as JPEG. jsPDF is a
 * chunk of its own, loaded here, on the first PDF.
 */
export async function writeHandoutPdf(doc: HandoutDocument, images: readonly SceneImage[], { words, compress = true }: PdfOptions): Promise<PdfResult> {
  const [{ jsPDF }, font] = await Promise.all([import('jspdf'), loadFont()]);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress });
  pdf.addFileToVFS(FONT_FILE, font);
  pdf.addFont(FONT_FILE, FAMILY, 'normal');
  pdf.setFont(FAMILY, 'normal');
  pdf.setProperties({ title: `${doc.title.text} · ${doc.kind}`, subject: doc.credit });
  pdf.setLanguage(doc.lang === 'zh' ? 'zh-CN' : 'en-US');

  const measure = (text: string, size: number) => {
    pdf.setFontSize(size);
    return pdf.getTextWidth(text);
  };
  const metadata = (pdf.getFont() as unknown as { metadata?: { characterToGlyph?: (code: number) => number } }).metadata;
  const missing = new Set<string>();

  doc.pages.forEach((page, i) => {
    if (i > 0) pdf.addPage('a4', 'landscape');
    const image = images[i]!;
    const ops = layoutPdfPage(page, { ...doc, mark: words.mark, headings: { notes: words.notes, sources: words.sources } }, image.width / image.height, measure);
    for (const op of ops) {
      if (op.kind === 'image') {
        pdf.addImage({ imageData: image.data, format: 'JPEG', x: op.x, y: op.y, width: op.width, height: op.height, alias: `scene-${i + 1}`, compression: 'NONE' });
        pdf.setDrawColor(COLOURS.rule);
        pdf.setLineWidth(0.2);
        pdf.rect(op.x, op.y, op.width, op.height);
      } else if (op.kind === 'rule') {
        pdf.setDrawColor(COLOURS.rule);
        pdf.setLineWidth(0.2);
        pdf.line(op.x, op.y, op.x + op.width, op.y);
      } else {
        pdf.setFontSize(op.size);
        pdf.setTextColor(op.colour);
        pdf.text(op.text, op.x, op.y, { baseline: 'top' });
        if (metadata?.characterToGlyph) for (const c of op.text) if (c.trim() && metadata.characterToGlyph(c.codePointAt(0)!) === 0) missing.add(c);
      }
    }
  });
  return { blob: pdf.output('blob'), missing: [...missing] };
}
