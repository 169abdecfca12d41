/**
 * Curation mode: the dev server with the editor's write endpoint (scripts/lib/curate-write-plugin.ts).
 * Usage: npm run curate                                   (writes into data/)
 *        CURATE_DATA_DIR=/tmp/copy npm run curate         (writes into another dataset folder)
 *        CURATE_PORT=5183 CURATE_HOST=127.0.0.1 npm run curate   (that port or none)
 *        CURATE_CACHE_DIR=/tmp/x npm run curate           (Vite's dependency cache apart, for tests)
 * Every save is checked as `npm run data:check` checks; a dataset with problems is not written.
 */
import { resolve } from 'node:path';
import { startCurateServer } from './lib/curate-server';

const dataDir = resolve(process.env.CURATE_DATA_DIR ?? 'data');
const port = process.env.CURATE_PORT ? Number(process.env.CURATE_PORT) : 5173;
const server = await startCurateServer({
  dataDir,
  port,
  host: process.env.CURATE_HOST,
  // A port asked for is that port or none: a test must not reach another server by mistake.
  strictPort: Boolean(process.env.CURATE_PORT),
  cacheDir: process.env.CURATE_CACHE_DIR,
});
const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
console.log(`Curation mode: ${url}?curate\nSaves are checked, then written into ${dataDir}`);
