import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { cjkCharacters, cutFont, textSources, type CutFont } from './cjk-font.ts';
import { cutPdfFont, pdfTextSources, readPdfTexts, type PdfFont } from './cjk-font-pdf.ts';

const VIRTUAL = 'virtual:cjk-font';
const RESOLVED = '\0virtual:cjk-font';
const DEV_PREFIX = '/@cjk-font/';
/**
 * The module that says where the PDF handout's font is (src/present/export/pdf-font-url.ts). Its
 * own text says null (no font: a build without this plugin, the offline copy); this plugin gives
 * the URL of the TrueType cut (scripts/lib/cjk-font-pdf.ts) instead, an asset of its own that only
 * the PDF's chunk asks for.
 */
const PDF_FONT_MODULE = 'src/present/export/pdf-font-url.ts';

/**
 * `import { faces } from 'virtual:cjk-font'`: the Chinese font cut at build time (scripts/lib/cjk-font.ts)
 * to the characters the app shows. In a build each face is an asset of its own (same origin, hashed
 * name); in dev they are served from memory. The app adds the @font-face rules (src/styles/cjk-font.ts).
 */
export function cjkFontPlugin(root: string): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let cut: Promise<CutFont> | null = null;
  const cutNow = () => (cut ??= cutFont(root, cjkCharacters(textSources(root).map((f) => readFileSync(f, 'utf8'))), join(root, 'node_modules/.cache/cjk-font')));
  let pdfCut: Promise<PdfFont> | null = null;
  const cutPdfNow = () => (pdfCut ??= cutPdfFont(root, readPdfTexts(root), join(root, 'node_modules/.cache/cjk-font')));
  const pdfModule = join(root, PDF_FONT_MODULE);
  return {
    name: 'cjk-font',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    async load(id) {
      if (id.split('?')[0] === pdfModule) {
        if (command === 'serve') pdfCut = null;
        const font = await cutPdfNow();
        for (const file of pdfTextSources(root)) this.addWatchFile(file);
        const url = command === 'build' ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: font.fileName, source: font.data })}` : JSON.stringify(`${DEV_PREFIX}${font.fileName}`);
        return `export const PDF_FONT_URL = ${url};\n`;
      }
      if (id !== RESOLVED) return undefined;
      // Strings or data may have changed since the last cut (dev): cut again for each load.
      if (command === 'serve') cut = null;
      const font = await cutNow();
      for (const file of textSources(root)) this.addWatchFile(file);
      const entries = font.faces.map((face) => {
        const url =
          command === 'build'
            ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: face.fileName, source: face.data })}`
            : JSON.stringify(`${DEV_PREFIX}${face.fileName}`);
        return `{ url: ${url}, unicodeRange: ${JSON.stringify(face.unicodeRange)} }`;
      });
      return `export const faces = [\n${entries.join(',\n')}\n];\n`;
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!req.url?.startsWith(DEV_PREFIX)) return next();
        const name = req.url.slice(DEV_PREFIX.length).split('?')[0];
        const pdf = name?.endsWith('.ttf') ? await cutPdfNow() : null;
        if (pdf && pdf.fileName === name) {
          res.setHeader('Content-Type', 'font/ttf');
          res.end(pdf.data);
          return;
        }
        const face = (await cutNow()).faces.find((f) => f.fileName === name);
        if (!face) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'font/woff2');
        res.end(face.data);
      });
    },
  };
}

/**
 * For a build that inlines everything (the one-file offline copy, scripts/lib/offline-plugins.ts):
 * the PDF handout's font as a data: URL in src/present/export/pdf-font-url.ts, so the copy's PDFs
 * print their text too (about 1.5 MB more in the file). Without it that copy says it has no font.
 */
export function cjkPdfFontInlinePlugin(root: string): Plugin {
  const pdfModule = join(root, PDF_FONT_MODULE);
  return {
    name: 'cjk-pdf-font-inline',
    enforce: 'pre',
    async load(id) {
      if (id.split('?')[0] !== pdfModule) return undefined;
      const font = await cutPdfFont(root, readPdfTexts(root), join(root, 'node_modules/.cache/cjk-font'));
      return `export const PDF_FONT_URL = ${JSON.stringify(`data:font/ttf;base64,${font.data.toString('base64')}`)};\n`;
    },
  };
}
