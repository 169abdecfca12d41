/**
 * Writes the offline copy (docs/OFFLINE.md): ONE HTML file with the app, the curated dataset and
 * deck, the basemap, the gazetteer, every detail file, the Chinese font and strings, that opens from
 * a USB stick by double-click and makes no request at all. Says its size.
 *
 *   npm run build:offline                      builds the template (vite build --mode offline), then the copy
 *   npm run build:offline -- --template dist/offline/template.html
 *                                              fills in a template a normal build already made (fast)
 *   npm run build:offline -- --dataset synthetic/n10000-s1 --out /tmp/copy.html
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { datasetBaseUrl } from '../src/data/load-dataset';
import { newCopyId, writeOfflinePage } from '../src/lib/offline-page';
import { collectOfflineFiles } from '../src/views/shell/offline-copy-files';
import { buildOfflineTemplate } from './lib/offline-plugins';
import { repoPath } from './lib/package-files';
import { resolveDataFile } from './lib/serve-data-plugin';

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? null) : null;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main(): Promise<void> {
  const templateFile = option('template');
  const out = option('out') ?? repoPath('dist-offline/index.html');
  const dataDir = repoPath('data');
  const datasetBase = datasetBaseUrl(option('dataset'));

  const started = Date.now();
  const template = templateFile ? readFileSync(templateFile, 'utf8') : await buildOfflineTemplate(repoPath('vite.config.ts'));
  const files = await collectOfflineFiles(datasetBase, async (path) => {
    const file = resolveDataFile(dataDir, path);
    if (!file) throw new Error(`${path}: no such file under data/ (for ${datasetBase})`);
    return readFileSync(file, 'utf8');
  });
  const page = writeOfflinePage(template, { id: newCopyId(new Date()), dataset: datasetBase, storage: {} }, files);
  mkdirSync(dirname(out), { recursive: true });
  // Written whole, then renamed: a browser test opening the file never reads half of it.
  writeFileSync(`${out}.tmp`, page);
  renameSync(`${out}.tmp`, out);

  const bytes = Buffer.byteLength(page);
  const dataBytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`offline copy: ${out}`);
  console.log(`  ${mb(bytes)} (${bytes.toLocaleString('en')} bytes; ${mb(gzipSync(page).length)} gzip): app ${mb(Buffer.byteLength(template))}, ${files.size} data files ${mb(dataBytes)}`);
  console.log(`  dataset ${datasetBase}, made in ${((Date.now() - started) / 1000).toFixed(1)} s; open it by double-click (file://), no server or network needed`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
