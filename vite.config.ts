import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { cjkFontPlugin, cjkPdfFontInlinePlugin } from './scripts/lib/cjk-font-plugin.ts';
import { offlineCjkFontPlugin, offlineHtmlPlugin, offlineTemplatePlugin, singleFileCheckPlugin } from './scripts/lib/offline-plugins.ts';
import { serveDataPlugin } from './scripts/lib/serve-data-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const dataDir = fileURLToPath(new URL('./data', import.meta.url));
const configFile = fileURLToPath(import.meta.url);

type ModuleGraph = { getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null };

/**
 * Whether the entry imports `id` statically, directly or through other modules: index.html loads
 * every such module before the first paint anyway. Left to itself, Rolldown puts each module the
 * first paint shares with a lazily loaded chunk into a small chunk of its own (22 of them), and the
 * browser fetches them over at most 6 connections to the server, in four or five rounds, before the
 * dataset's manifest can even be asked for (docs/PERFORMANCE.md, change 21).
 */
function createFirstPaintTest() {
  const known = new Map<string, boolean>();
  const reached = (id: string, graph: ModuleGraph): boolean => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    known.set(id, false); // an import cycle does not make a module reachable
    const info = graph.getModuleInfo(id);
    const result = !!info && (info.isEntry || info.importers.some((importer) => reached(importer, graph)));
    known.set(id, result);
    return result;
  };
  return (id: string, graph: ModuleGraph) => (graph.getModuleInfo(id)?.isEntry ? null : reached(id, graph) ? 'first-paint' : null);
}

export default defineConfig(({ mode }) =>
  mode === 'offline'
    ? {
        // The offline template (docs/OFFLINE.md): the app in one HTML file, every chunk, style, image
        // and font face inlined, no data (src/lib/offline-page.ts fills it in). Built by the normal
        // build into offline/template.html, and by `npm run build:offline`.
        plugins: [react(), offlineCjkFontPlugin(root), cjkPdfFontInlinePlugin(root), offlineHtmlPlugin(root), viteSingleFile({ removeViteModuleLoader: true }), singleFileCheckPlugin()],
        publicDir: false,
        build: { target: 'es2022', sourcemap: false, outDir: 'dist-offline/template', emptyOutDir: true },
      }
    : {
        plugins: [react(), serveDataPlugin(dataDir), cjkFontPlugin(root), offlineTemplatePlugin(configFile)],
        publicDir: 'public',
        server: { port: 5173, strictPort: false },
        preview: { port: 4173, strictPort: false },
        build: {
          target: 'es2022',
          sourcemap: false,
          rollupOptions: {
            // The English strings in a file of their own: the bench counts the first paint's code apart from its strings (issue 17).
            // The rest of the first paint's code in one chunk beside the entry (createFirstPaintTest).
            output: { codeSplitting: { groups: [{ name: 'strings-en', test: /src[\\/]i18n[\\/]locales[\\/]en[\\/]/, priority: 2 }, { name: createFirstPaintTest(), priority: 1 }] } },
          },
        },
        test: {
          setupFiles: ['tests/setup.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          css: false,
          // Whole-app component tests render every panel in jsdom; a loaded 2-core CI machine needs headroom.
          testTimeout: 20_000,
          // Every core: Vitest's default leaves one free, which is half of a 2-core CI machine.
          maxWorkers: '100%',
          // Logic tests (*.test.ts) run in plain Node, which starts in a fraction of jsdom's time; a
          // logic test that needs a DOM says so in its first line (`// @vitest-environment jsdom`).
          // Component tests (*.test.tsx) run in jsdom.
          projects: [
            { extends: true, test: { name: 'logic', environment: 'node', include: ['tests/**/*.test.ts'] } },
            { extends: true, test: { name: 'components', environment: 'jsdom', include: ['tests/**/*.test.tsx'] } },
          ],
        },
      },
);
