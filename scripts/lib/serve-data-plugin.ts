import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Maps a `/data/...` URL path to a file inside `dataDir`, or null when it is not a servable file. */
export function resolveDataFile(dataDir: string, urlPath: string): string | null {
  const pathname = decodeURIComponent(urlPath.split('?')[0] ?? '');
  if (!pathname.startsWith('/data/')) return null;
  const file = resolve(dataDir, '.' + pathname.slice('/data'.length));
  if (file !== dataDir && !file.startsWith(dataDir + sep)) return null;
  if (!(extname(file) in CONTENT_TYPES)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Whether a URL asks Vite for a module (`?import`, `?raw`, `?url`), not for the file as data. */
export function isModuleRequest(url: string): boolean {
  const query = url.split('?')[1];
  return query !== undefined && /(?:^|&)(?:import|raw|url)(?:[=&]|$)/.test(query);
}

function dataMiddleware(dataDir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url ?? '';
    if (!url.startsWith('/data/')) return next();
    // A module import of a data file (the default vocabulary, `/data/vocabulary.json?import` in dev) is Vite's to serve.
    if (isModuleRequest(url)) return next();
    const file = resolveDataFile(dataDir, url);
    if (!file) {
      // Unknown /data/* paths are a 404, never the SPA's index.html.
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${url}`);
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
}

/**
 * Serves the top-level `data/` folder at `/data/` in dev and preview, and copies it into the build
 * (without `data/synthetic/`, which holds generated test and benchmark datasets).
 */
export function serveDataPlugin(dataDir: string): Plugin {
  return {
    name: 'serve-data-folder',
    configureServer(server) {
      server.middlewares.use(dataMiddleware(dataDir));
    },
    configurePreviewServer(server) {
      server.middlewares.use(dataMiddleware(dataDir));
    },
    generateBundle() {
      for (const file of listFiles(dataDir)) {
        const rel = relative(dataDir, file).split(sep).join('/');
        if (rel.startsWith('synthetic/') || !(extname(file) in CONTENT_TYPES)) continue;
        this.emitFile({ type: 'asset', fileName: `data/${rel}`, source: readFileSync(file) });
      }
    },
  };
}
