import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The curated deck's words, as the files must print them (read from the data, not from the app). */
interface DeckScene {
  caption: string;
  notes: string;
  translations?: { zh?: { caption?: string; notes?: string } };
}
const deck = JSON.parse(readFileSync('data/deck.json', 'utf8')) as { scenes: DeckScene[] };
const CAPTIONS = { en: deck.scenes.map((s) => s.caption), zh: deck.scenes.map((s) => s.translations?.zh?.caption ?? s.caption) };
const NOTES = { en: deck.scenes.map((s) => s.notes), zh: deck.scenes.map((s) => s.translations?.zh?.notes ?? s.notes) };
/** The first sentence of a scene's notes: enough to tell whether the notes are there. */
const firstSentence = (notes: string) => notes.split(/(?<=[.。])/)[0]!;

const panel = (page: Page, name: string) => page.getByRole('dialog', { name });
const handout = (dialog: Locator, name: string) => dialog.getByRole('region', { name });
const squash = (text: string) => text.replace(/\s+/g, '');

/** The pages of a PDF and the text each shows, read with the font's ToUnicode map (streams inflated with zlib). */
function readPdf(bytes: Buffer): Array<{ text: string; images: number }> {
  const source = bytes.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const start = body.indexOf('\n', at) + 1;
    const raw = Buffer.from(body.slice(start, start + length), 'latin1');
    objects.set(Number(match[1]), { dict, stream: /FlateDecode/.test(dict) ? inflateSync(raw).toString('latin1') : raw.toString('latin1') });
  }
  const glyphs = new Map<string, string>();
  for (const { dict } of objects.values()) {
    const cmap = /\/ToUnicode (\d+) 0 R/.exec(dict);
    const stream = cmap ? objects.get(Number(cmap[1]))?.stream : null;
    for (const [, glyph, unicode] of stream?.matchAll(/<([0-9a-f]{4})><([0-9a-f]{4})>/gi) ?? []) glyphs.set(glyph!.toLowerCase(), String.fromCodePoint(parseInt(unicode!, 16)));
  }
  const decode = (hex: string) => (hex.match(/.{4}/g) ?? []).map((g) => glyphs.get(g.toLowerCase()) ?? '\ufffd').join('');
  return [...objects.values()]
    .filter(({ dict }) => /\/Type \/Page\b(?!s)/.test(dict))
    .map(({ dict }) => {
      const content = objects.get(Number(/\/Contents (\d+) 0 R/.exec(dict)![1]))!.stream!;
      return { text: [...content.matchAll(/<([0-9a-fA-F]*)> Tj/g)].map((m) => decode(m[1]!)).join('\n'), images: [...content.matchAll(/\/I\d+ Do/g)].length };
    });
}

/** The slides of a PPTX (a zip): each slide's XML text, whether it has a picture, and its notes. */
async function readPptx(bytes: Buffer): Promise<Array<{ text: string; pictures: number; notes: string }>> {
  const zip = await JSZip.loadAsync(bytes);
  const unescape = (xml: string) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
      .join('\n');
  const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  names.sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(
    names.map(async (name, i) => {
      const xml = await zip.file(name)!.async('string');
      const rels = await zip.file(name.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'))!.async('string');
      const media = [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1]!);
      for (const file of media) expect(zip.file(`ppt/media/${file}`), `${name} → ${file}`).not.toBeNull();
      const notes = zip.file(`ppt/notesSlides/notesSlide${i + 1}.xml`);
      return { text: unescape(xml), pictures: (xml.match(/<p:pic>/g) ?? []).length * (media.some((m) => /\.(jpe?g|png)$/.test(m)) ? 1 : 0), notes: notes ? unescape(await notes.async('string')) : '' };
    }),
  );
}

async function save(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

/** The map's view as Leaflet reports it, once it has stopped moving. */
async function mapView(page: Page): Promise<string> {
  const map = page.locator('.region-map .leaflet-container');
  await expect(map).not.toHaveAttribute('data-moving', 'true');
  return `${await map.getAttribute('data-center')} @ ${await map.getAttribute('data-zoom')}`;
}

/**
 * The same zoom, and the same centre to within a pixel: at a fractional zoom (4.75) Leaflet rounds
 * the pixel origin, so a view put back by its bounds can land a fraction of a pixel away
 * (0.01 degrees; a pixel is about 0.05 degrees of longitude at zoom 4.75).
 */
function expectSameView(after: string, before: string) {
  const parse = (view: string) => {
    const [center = '', zoom] = view.split(' @ ');
    const [lat = NaN, lon = NaN] = center.split(',').map(Number);
    return { lat, lon, zoom };
  };
  const [a, b] = [parse(after), parse(before)];
  expect(a.zoom, `zoom of ${after} vs ${before}`).toBe(b.zoom);
  const pixelDegrees = 360 / (256 * 2 ** Number(b.zoom));
  expect(Math.abs(a.lat - b.lat), `latitude of ${after} vs ${before}`).toBeLessThan(pixelDegrees);
  expect(Math.abs(a.lon - b.lon), `longitude of ${after} vs ${before}`).toBeLessThan(pixelDegrees);
}

/**
 * The map's view once the page has settled: the web fonts in (the Chinese subset arrives after the
 * first paint and can change the panels' heights by a pixel, and the map's centre with them), and
 * the same view read twice, 300 ms apart.
 */
async function settledMapView(page: Page): Promise<string> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = await mapView(page);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(300);
  }
  return last;
}

/** Starts an export and keeps the progress it announced on the way (the status line is polite, aria-live). */
async function exportFile(page: Page, region: Locator, button: string): Promise<{ download: Download; progress: string[] }> {
  const status = region.getByRole('status');
  const progress: string[] = [];
  const downloading = page.waitForEvent('download', { timeout: 150_000 });
  await region.getByRole('button', { name: button, exact: true }).click();
  await expect(region.getByRole('progressbar')).toBeVisible();
  await expect(region.getByRole('button', { name: /^(Cancel|取消)$/ })).toBeFocused();
  const poll = setInterval(() => {
    void status.textContent().then((text) => text && progress.at(-1) !== text && progress.push(text), () => undefined);
  }, 150);
  try {
    return { download: await downloading, progress };
  } finally {
    clearInterval(poll);
  }
}

test.describe('handout and slides from the curated deck', () => {
  test.setTimeout(240_000);

  test('English: a PDF handout and PowerPoint slides, one page per scene with its picture, caption and sources; the view comes back', async ({ page }) => {
    await page.goto('/?sector=energy-storage&selected=cecep-catl-energy-storage-agreement');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 2 of 6 initiatives');
    const before = { url: page.url(), map: await settledMapView(page) };

    await page.getByRole('button', { name: 'Scenes', exact: true }).first().click();
    const dialog = panel(page, 'Scenes');
    const region = handout(dialog, 'Handout and slides');
    await expect(region.getByRole('radio', { name: /^Handout/ })).toBeChecked();

    const pdf = await exportFile(page, region, 'PDF handout');
    expect(pdf.download.suggestedFilename()).toMatch(/^handout-six-carbon-reduction-initiatives-in-china-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.progress.some((text) => /^Rendering scene \d+ of 10…$/.test(text))).toBe(true);
    await expect(region.getByRole('status')).toHaveText(/^Downloaded handout-.*\.pdf \(10 pages\)\.$/);
    const pdfBytes = await save(pdf.download);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    const read = readPdf(pdfBytes);
    expect(read).toHaveLength(10);
    read.forEach((p, i) => {
      expect(squash(p.text), `page ${i + 1}`).toContain(squash(CAPTIONS.en[i]!));
      expect(p.text).toContain(`Scene ${i + 1} of 10`);
      expect(p.text).toContain('Six carbon-reduction initiatives in China · Handout');
      expect(squash(p.text)).toContain(squash('Source: Carbon-reduction initiatives in China (curated)'));
      expect(p.text).toMatch(/Exported \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\./);
      expect(p.text).toContain('Sources');
      expect(p.images, `page ${i + 1} has its picture`).toBe(1);
      expect(p.text).not.toContain('Notes');
      expect(squash(p.text)).not.toContain(squash(firstSentence(NOTES.en[i]!)));
    });
    expect(read[2]!.text).toContain('Filters: Partner: Danfoss');
    expect(read[2]!.text).toContain('Showing 1 of 6 initiatives');
    expect(squash(read[2]!.text)).toContain('data/sources/danfoss-wuxing-visit.en.txt');
    expect(read[0]!.text).toContain('Filters: none (all initiatives)');

    // The view the export started from is back, exactly: filters, selection, the map where it was, not presenting.
    await expect(page.locator('html')).not.toHaveClass(/projector/);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 2 of 6 initiatives');
    expect(page.url()).toBe(before.url);
    expectSameView(await mapView(page), before.map);
    await expect(region.getByRole('button', { name: 'PDF handout' })).toBeFocused();

    const pptx = await exportFile(page, region, 'PowerPoint slides');
    expect(pptx.download.suggestedFilename()).toMatch(/^slides-six-carbon-reduction-initiatives-in-china-\d{4}-\d{2}-\d{2}\.pptx$/);
    await expect(region.getByRole('status')).toHaveText(/^Downloaded slides-.*\.pptx \(10 slides\)\.$/);
    const pptxBytes = await save(pptx.download);
    expect(pptxBytes.subarray(0, 2).toString()).toBe('PK');
    const slides = await readPptx(pptxBytes);
    expect(slides).toHaveLength(10);
    slides.forEach((slide, i) => {
      expect(slide.text, `slide ${i + 1}`).toContain(CAPTIONS.en[i]!);
      expect(slide.text).toContain(`Scene ${i + 1} of 10`);
      expect(slide.pictures, `slide ${i + 1} has its picture`).toBe(1);
      // The handout's slides have no notes (PowerPoint's notes page holds only the slide number).
      expect(squash(slide.notes)).not.toContain(squash(firstSentence(NOTES.en[i]!)));
    });
    expect(slides[2]!.text).toContain('Filters: Partner: Danfoss');
    expect(page.url()).toBe(before.url);

    // Kept as examples to look at (not compared).
    if (process.env.SAVE_EXPORT_EXAMPLES) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync('docs/handout-example.pdf', pdfBytes);
      writeFileSync('docs/slides-example.pptx', pptxBytes);
    }
  });

  test("Chinese: the presenter's copy as PDF and PowerPoint, with the notes, in an embedded Chinese font", async ({ page }) => {
    // Less motion: the map jumps to each scene instead of flying (the other path of the renderer).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?lang=zh');
    const shown = page.getByRole('status').filter({ hasText: '显示' });
    await expect(shown).toHaveText(/^显示\s*6\s*项/);
    const shownBefore = await shown.textContent();
    await page.getByRole('button', { name: '场景', exact: true }).first().click();
    const dialog = panel(page, '场景');
    const region = handout(dialog, '讲义和幻灯片');
    await region.getByRole('radio', { name: /^演讲者版/ }).check();

    const pdf = await exportFile(page, region, 'PDF讲义');
    expect(pdf.download.suggestedFilename()).toMatch(/^演讲者版-中国六项减碳合作举措-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.progress.some((text) => /^正在生成第\d+个场景，共10个…$/.test(text))).toBe(true);
    await expect(region.getByRole('status')).toHaveText(/^已下载演讲者版-.*\.pdf（共10页）。$/);
    const read = readPdf(await save(pdf.download));
    expect(read).toHaveLength(10);
    read.forEach((p, i) => {
      // Every character reads back: the font has a glyph for each (none fell back to .notdef).
      expect(p.text).not.toContain('\ufffd');
      expect(squash(p.text), `page ${i + 1}`).toContain(squash(CAPTIONS.zh[i]!));
      expect(squash(p.text)).toContain(squash(NOTES.zh[i]!));
      expect(p.text).toContain(`第${i + 1}个场景，共10个`);
      expect(p.text).toContain('中国六项减碳合作举措 · 演讲者版');
      expect(p.text).toContain('演讲备注');
      expect(p.text).toMatch(/导出时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}。/);
      expect(p.images).toBe(1);
    });
    expect(read[2]!.text).toContain('筛选条件：合作方：丹佛斯');
    expect(read[2]!.text).toContain('显示1项举措，共6项');
    await expect(page.locator('html')).not.toHaveClass(/projector/);

    const pptx = await exportFile(page, region, 'PowerPoint幻灯片');
    expect(pptx.download.suggestedFilename()).toMatch(/^演讲者版幻灯片-中国六项减碳合作举措-\d{4}-\d{2}-\d{2}\.pptx$/);
    const slides = await readPptx(await save(pptx.download));
    expect(slides).toHaveLength(10);
    slides.forEach((slide, i) => {
      expect(slide.text, `slide ${i + 1}`).toContain(CAPTIONS.zh[i]!);
      expect(slide.pictures).toBe(1);
      expect(squash(slide.notes)).toContain(squash(NOTES.zh[i]!));
    });
    await expect(shown).toHaveText(shownBefore!);
  });

  test('cancel stops rendering, downloads nothing and puts the view back', async ({ page }) => {
    await page.goto('/?partner=catl');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 2 of 6 initiatives');
    const url = page.url();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Scenes', exact: true }).first().click();
    const region = handout(panel(page, 'Scenes'), 'Handout and slides');
    await region.getByRole('button', { name: 'PowerPoint slides' }).click();
    await expect(region.getByRole('status')).toHaveText('Rendering scene 2 of 10…');
    // The rest of the dialog waits while the scenes are rendered (a scene started from it would fight them).
    await expect(panel(page, 'Scenes').locator('.deck-panel-foot')).toHaveAttribute('inert', '');
    await region.getByRole('button', { name: 'Cancel' }).click();
    await expect(region.getByRole('status')).toHaveText('Cancelled. Your view is back as it was.');
    await expect(region.getByRole('progressbar')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveClass(/projector/);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 2 of 6 initiatives');
    expect(page.url()).toBe(url);
    expect(downloads).toBe(0);
    await expect(panel(page, 'Scenes').locator('[inert]')).toHaveCount(0);
  });
});
