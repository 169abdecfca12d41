import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { cjkCharacters, cutFont, textSources, type CutFont } from './cjk-font.ts';

const VIRTUAL = 'virtual:cjk-font';
const RESOLVED = '\0virtual:cjk-font';
const DEV_PREFIX = '/@cjk-font/';

/**
 * `import { faces } from 'virtual:cjk-font'`: the Chinese font cut at build time (scripts/lib/cjk-font.ts)
 * to the characters the app shows. In a build each face is an asset of its own (same origin, hashed
 * name); in dev they are served from memory. The app adds the @font-face rules (src/styles/cjk-font.ts).
 */
export function cjkFontPlugin(root: string): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let cut: Promise<CutFont> | null = null;
  const cutNow = () => (cut ??= cutFont(root, cjkCharacters(textSources(root).map((f) => readFileSync(f, 'utf8'))), join(root, 'node_modules/.cache/cjk-font')));
  return {
    name: 'cjk-font',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    async load(id) {
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
