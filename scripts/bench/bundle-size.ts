import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The display languages' strings are chunks of their own (vite.config.ts): `strings-en-*.js`. */
const isStrings = (file: string) => /(^|\/)strings-[a-z]+-[^/]*\.js$/.test(file);

/**
 * JavaScript the first paint needs (the entry script and the chunks index.html preloads), its code
 * apart from its strings (issue 17 counts the code: "locale files apart"), and all JavaScript in
 * the build, in gzip bytes.
 */
export function measureBundle(distDir: string): { firstPaintGzip: number; firstPaintStringsGzip: number; totalGzip: number; firstPaintFiles: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const firstPaintFiles = [...new Set(refs)];
  const all = readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const sum = (files: string[]) => files.reduce((total, f) => total + gz(join(distDir, f)), 0);
  return {
    firstPaintFiles,
    firstPaintGzip: sum(firstPaintFiles.filter((f) => !isStrings(f))),
    firstPaintStringsGzip: sum(firstPaintFiles.filter(isStrings)),
    totalGzip: sum(all),
  };
}
