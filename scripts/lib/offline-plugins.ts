import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { TEMPLATE_MARK, TEMPLATE_PATH } from '../../src/lib/offline-page.ts';
import { cjkCharacters, cutFont, textSources } from './cjk-font.ts';

/**
 * The offline build (`vite build --mode offline`, vite.config.ts): the whole app in one HTML file
 * (vite-plugin-singlefile inlines the scripts, the styles and every lazy chunk), with no data. It
 * is the template `src/lib/offline-page.ts` fills in with the dataset and the map's files.
 */

const VIRTUAL = 'virtual:cjk-font';
const RESOLVED = '\0virtual:cjk-font';

/**
 * `virtual:cjk-font` for the offline build: the same cut of the Chinese font as the served app
 * (scripts/lib/cjk-font-plugin.ts), each face a data: URL, since a file opened from a USB stick
 * fetches nothing. Used in place of that plugin, not beside it.
 */
export function offlineCjkFontPlugin(root: string): Plugin {
  return {
    name: 'offline-cjk-font',
    enforce: 'pre',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const chars = cjkCharacters(textSources(root).map((file) => readFileSync(file, 'utf8')));
      const font = await cutFont(root, chars, join(root, 'node_modules/.cache/cjk-font'));
      const entries = font.faces.map((face) => ({ url: `data:font/woff2;base64,${face.data.toString('base64')}`, unicodeRange: face.unicodeRange }));
      return `export const faces = ${JSON.stringify(entries)};\n`;
    },
  };
}

/**
 * The template's page: the mark the copy writer looks for, first in the head, and the icon as a
 * data: URL (public/ is not copied: nothing but the one file).
 */
export function offlineHtmlPlugin(root: string): Plugin {
  const icon = `data:image/svg+xml;base64,${readFileSync(join(root, 'public/favicon.svg')).toString('base64')}`;
  return {
    name: 'offline-html',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<head>', `<head>\n    ${TEMPLATE_MARK}`).replace('href="/favicon.svg"', `href="${icon}"`),
    },
  };
}

/**
 * Refuses an offline build that left anything beside its one HTML file (a chunk or asset the
 * single-file plugin could not inline would be fetched from the USB stick, or be missing).
 */
export function singleFileCheckPlugin(): Plugin {
  return {
    name: 'offline-single-file-check',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const others = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (others.length > 0) this.error(`the offline build must be one HTML file, but it also wrote: ${others.join(', ')}`);
      },
    },
  };
}

/** Runs the offline build in memory and returns its one HTML file: the template. */
export async function buildOfflineTemplate(configFile: string, logLevel: 'info' | 'warn' | 'silent' = 'warn'): Promise<string> {
  const { build } = await import('vite');
  const result = await build({ configFile, mode: 'offline', logLevel, build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const page = outputs.find((file) => file.fileName === 'index.html');
  if (!page || page.type !== 'asset') throw new Error('the offline build wrote no index.html');
  return typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
}

/**
 * In the normal build: the offline template, beside index.html at `offline/template.html`, for the
 * header's "Download offline copy" (fetched only when it is pressed). Built alongside the app.
 */
export function offlineTemplatePlugin(configFile: string): Plugin {
  let template: Promise<string> | null = null;
  return {
    name: 'offline-template',
    apply: 'build',
    buildStart() {
      template = buildOfflineTemplate(configFile);
      // Awaited in generateBundle; a failure is reported there.
      template.catch(() => {});
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: TEMPLATE_PATH, source: await template! });
    },
  };
}
