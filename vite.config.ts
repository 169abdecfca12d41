import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cjkFontPlugin } from './scripts/lib/cjk-font-plugin.ts';
import { serveDataPlugin } from './scripts/lib/serve-data-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const dataDir = fileURLToPath(new URL('./data', import.meta.url));

export default defineConfig({
  plugins: [react(), serveDataPlugin(dataDir), cjkFontPlugin(root)],
  publicDir: 'public',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    css: false,
    // Whole-app component tests render every panel in jsdom; a loaded 2-core CI machine needs headroom.
    testTimeout: 20_000,
  },
});
