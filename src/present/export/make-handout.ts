import type { Dataset } from '../../data/dataset';
import type { Formatter } from '../../i18n/format';
import { downloadBlob, exportFileName } from '../../lib/export-download';
import type { Deck } from '../deck/deck-schema';
import type { DeckKind } from '../deck/present-url';
import { toHandoutDocument, type HandoutCopy } from './handout-pages';
import { renderScenes } from './render-scenes';
import type { DrawnSignals } from './wait-for-drawn';
import { preloadPdf, writeHandoutPdf } from './write-pdf';
import { writeHandoutPptx } from './write-pptx';

export type HandoutFormat = 'pdf' | 'pptx';

/** Scenes a file holds at most (a tour of a large dataset has one scene per initiative). */
export const MAX_HANDOUT_SCENES = 100;

export type HandoutProgress = { step: 'preparing' } | { step: 'scene'; n: number; total: number } | { step: 'writing'; format: HandoutFormat };

export interface HandoutRequest {
  format: HandoutFormat;
  copy: HandoutCopy;
  /** The deck the Scenes dialog shows, and its kind (the presentation the scenes are put on screen as). */
  kind: DeckKind;
  deck: Deck;
  dataset: Dataset;
  /** The display language the file is written in. */
  f: Formatter;
  signals: DrawnSignals;
  signal: AbortSignal;
  onProgress(progress: HandoutProgress): void;
}

export interface HandoutOutcome {
  file: string;
  /** Pages or slides. */
  count: number;
  /** Characters the PDF's font has no glyph for. */
  missing: string[];
}

/**
 * Makes the handout or the slides: renders every scene (render-scenes.ts; the user's view comes
 * back afterwards), words the pages in the display language (handout-pages.ts), writes the file
 * and downloads it.
 */
export async function makeHandout({ format, copy, kind, deck, dataset, f, signals, signal, onProgress }: HandoutRequest): Promise<HandoutOutcome> {
  onProgress({ step: 'preparing' });
  // The library and the font load while the scenes are being rendered.
  if (format === 'pdf') preloadPdf();
  else void import('pptxgenjs');
  const at = new Date();
  const scenes = deck.scenes.slice(0, MAX_HANDOUT_SCENES);
  const pictured = await renderScenes(signals, kind, scenes, { signal, onScene: (n, total) => onProgress({ step: 'scene', n, total }) });
  signal.throwIfAborted();
  onProgress({ step: 'writing', format });
  const doc = toHandoutDocument(deck, pictured, dataset, f, copy, at);
  const images = pictured.map((scene) => scene.image);
  const { t } = f;
  const mark = t('handout.page.otherLanguage');
  let blob: Blob;
  let missing: string[] = [];
  if (format === 'pdf') {
    const result = await writeHandoutPdf(doc, images, { words: { mark, notes: t('handout.page.notes'), sources: t('handout.page.sources') } });
    blob = result.blob;
    missing = result.missing;
  } else {
    blob = await writeHandoutPptx(doc, images, { words: { mark, sources: t('handout.page.sources'), picture: (n, title) => t('handout.page.picture', { n, title }) } });
  }
  signal.throwIfAborted();
  const stem = format === 'pdf' ? copy : copy === 'presenter' ? 'presenterSlides' : 'slides';
  const file = exportFileName(t(`handout.file.${stem}`, { title: doc.title.text }), format, at, t('handout.file.fallback'));
  downloadBlob(blob, file);
  return { file, count: doc.pages.length, missing };
}
