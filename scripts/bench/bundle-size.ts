import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * JavaScript the first paint needs (the entry script and the chunks index.html preloads) and all
 * JavaScript in the build, in gzip bytes.
 */
export function measureBundle(distDir: string): { firstPaintGzip: number; totalGzip: number; firstPaintFiles: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const firstPaintFiles = [...new Set(refs)];
  const all = readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  return {
    firstPaintFiles,
    firstPaintGzip: firstPaintFiles.reduce((sum, f) => sum + gz(join(distDir, f)), 0),
    totalGzip: all.reduce((sum, f) => sum + gz(join(distDir, f)), 0),
  };
}
