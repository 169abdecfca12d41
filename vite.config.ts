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
            output: { codeSplitting: { groups: [{ name: 'strings-en', test: /src[\\/]i18n[\\/]locales[\\/]en[\\/]/ }] } },
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
