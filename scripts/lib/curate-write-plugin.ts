import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import type { DataProblem } from '../../src/data/data-problem';
import { checkDatasetDir } from './read-dataset-dir';
import { serveDataPlugin } from './serve-data-plugin';

/** Where the editor posts the files it changed (`npm run curate` only; the static build has no such path). */
export const CURATE_WRITE_PATH = '/__curate/write';

/** Largest request accepted, in bytes: the whole curated dataset is well under 1 MB. */
const MAX_BODY = 20 * 1024 * 1024;

export interface WriteOutcome {
  status: number;
  body: { written: string[] } | { error: string; problems?: DataProblem[] };
}

interface FileToWrite {
  path: string;
  text: string;
}

const refuse = (status: number, error: string, problems?: DataProblem[]): WriteOutcome => ({ status, body: problems ? { error, problems } : { error } });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A path inside the folder: plain segments (a letter, digit or _ first: no "..") joined by "/"; no absolute path, no backslash. */
const SEGMENT = /^\w[\w.-]*$/;
function insidePath(dir: string, path: string): string | null {
  if (typeof path !== 'string' || path === '' || isAbsolute(path) || path.includes('\\') || path.includes('\0')) return null;
  const segments = path.split('/');
  if (!segments.every((s) => SEGMENT.test(s))) return null;
  const file = resolve(dir, path);
  return file.startsWith(dir + sep) ? file : null;
}

/** True when the nearest existing folder of `file` is really inside `dir` (no link leads out). */
function staysInside(dir: string, file: string): boolean {
  let folder = dirname(file);
  while (!existsSync(folder)) folder = dirname(folder);
  const real = realpathSync(folder);
  const root = realpathSync(dir);
  if (existsSync(file) && !realpathSync(file).startsWith(root + sep)) return false;
  return real === root || real.startsWith(root + sep);
}

function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return null;
  }
}

/** The manifest's files as paths inside the folder, or null when it names one outside it. */
function manifestFiles(dataDir: string): Record<string, string> | null {
  const manifest = readJsonFile(join(dataDir, 'manifest.json'));
  const files = isObject(manifest) && isObject(manifest.files) ? manifest.files : null;
  if (!files) return null;
  const out: Record<string, string> = {};
  for (const [name, path] of Object.entries(files)) {
    if (typeof path !== 'string') continue;
    const normal = relative(dataDir, resolve(dataDir, path)).split(sep).join('/');
    if (normal.startsWith('..') || isAbsolute(normal)) return null;
    out[name] = normal;
  }
  return out;
}

/** The text files sources.json names (its records' `file`, relative to it), as paths inside the folder. */
function sourceTextPaths(sourcesPath: string, sourcesJson: unknown): string[] {
  const list = isObject(sourcesJson) && Array.isArray(sourcesJson.sources) ? sourcesJson.sources : [];
  const folder = sourcesPath.includes('/') ? sourcesPath.slice(0, sourcesPath.lastIndexOf('/') + 1) : '';
  return list.flatMap((record) => (isObject(record) && typeof record.file === 'string' ? [folder + record.file] : []));
}

function readRequest(request: unknown): FileToWrite[] | null {
  if (!isObject(request) || !Array.isArray(request.files) || request.files.length === 0) return null;
  const files = request.files.filter((f): f is FileToWrite => isObject(f) && typeof f.path === 'string' && typeof f.text === 'string');
  return files.length === request.files.length ? files : null;
}

/**
 * Writes changed dataset files into `dataDir` only if the dataset they make passes the check
 * `npm run data:check` runs (checkDatasetDir, on a copy with the changes in place). The files may
 * be the manifest's initiatives, organisations, sources and sectors files, and the archived texts
 * the new sources.json names; nothing outside the folder, nothing else inside it.
 */
export function writeDatasetFiles(dataDir: string, request: unknown): WriteOutcome {
  const dir = resolve(dataDir);
  const files = readRequest(request);
  if (!files) return refuse(400, 'expected { "files": [{ "path": "...", "text": "..." }] }');
  const named = manifestFiles(dir);
  if (!named || !named.sources) return refuse(500, `${join(dir, 'manifest.json')} is not a readable manifest naming files inside its folder`);
  const writable = new Set(['initiatives', 'organisations', 'sources', 'sectors'].map((name) => named[name]).filter((p): p is string => !!p));
  const overlay = new Map<string, string>();
  for (const file of files) {
    const target = insidePath(dir, file.path);
    if (!target || !staysInside(dir, target)) return refuse(403, `"${file.path}" is not a path inside the dataset folder`);
    overlay.set(relative(dir, target).split(sep).join('/'), file.text);
  }
  const sourcesText = overlay.get(named.sources);
  const sourcesJson = sourcesText !== undefined ? (() => { try { return JSON.parse(sourcesText) as unknown; } catch { return null; } })() : readJsonFile(join(dir, named.sources));
  const texts = new Set(sourceTextPaths(named.sources, sourcesJson));
  for (const path of overlay.keys()) {
    if (!writable.has(path) && !(path.endsWith('.txt') && texts.has(path))) return refuse(403, `"${path}" is not a file the editor writes (the dataset's JSON files and the archived texts sources.json names)`);
  }

  const stage = mkdtempSync(join(tmpdir(), 'curate-check-'));
  try {
    for (const path of new Set(['manifest.json', ...Object.values(named), ...texts])) {
      const to = join(stage, path);
      mkdirSync(dirname(to), { recursive: true });
      if (overlay.has(path)) writeFileSync(to, overlay.get(path)!);
      else if (existsSync(join(dir, path))) copyFileSync(join(dir, path), to);
    }
    const { problems } = checkDatasetDir(stage);
    if (problems.length > 0) {
      const shown = (file: string) => relative(process.cwd(), join(dir, relative(stage, resolve(process.cwd(), file)))) || file;
      return refuse(422, `not written: the dataset would have ${problems.length} problem(s)`, problems.map((p) => ({ ...p, file: shown(p.file) })));
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }

  // Every file is written beside its target first, then renamed over it: a reader never sees half a file.
  const temps: Array<[string, string]> = [];
  for (const [path, text] of overlay) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.curate-${process.pid}.tmp`;
    writeFileSync(temp, text);
    temps.push([temp, target]);
  }
  for (const [temp, target] of temps) renameSync(temp, target);
  return { status: 200, body: { written: [...overlay.keys()] } };
}

function readBody(req: Connect.IncomingMessage): Promise<string | null> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => done(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** Only the editor's own page may write: a page of another origin is refused (and JSON asks the browser to check first). */
function fromThisOrigin(req: Connect.IncomingMessage): boolean {
  if (req.headers['sec-fetch-site'] && req.headers['sec-fetch-site'] !== 'same-origin') return false;
  const origin = req.headers.origin;
  return !origin || new URL(origin).host === req.headers.host;
}

export function curateWriteMiddleware(dataDir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    if ((req.url ?? '').split('?')[0] !== CURATE_WRITE_PATH) return next();
    const send = ({ status, body }: WriteOutcome) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return send(refuse(405, 'POST the changed files'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(refuse(415, 'send JSON'));
    if (!fromThisOrigin(req)) return send(refuse(403, 'only the editor on this server may write'));
    readBody(req).then(
      (body) => {
        if (body === null) return send(refuse(413, 'too large'));
        let request: unknown;
        try {
          request = JSON.parse(body);
        } catch {
          return send(refuse(400, 'not JSON'));
        }
        send(writeDatasetFiles(dataDir, request));
      },
      (error: unknown) => send(refuse(500, String(error))),
    );
  };
}

/**
 * Curation mode for the dev server (`npm run curate`): the write endpoint, the dataset folder served
 * at /data/ (ahead of the usual one, so CURATE_DATA_DIR's copy is what the app reads), and
 * `import.meta.env.VITE_CURATE_WRITE` set so the editor saves through the endpoint and the
 * dashboard's header links to it.
 */
export function curateWritePlugins(dataDir: string): Plugin[] {
  const dir = resolve(dataDir);
  const served = serveDataPlugin(dir);
  return [
    {
      name: 'curate-serve-data',
      enforce: 'pre',
      apply: 'serve',
      configureServer(server) {
        return typeof served.configureServer === 'function' ? served.configureServer.call(this, server) : undefined;
      },
    },
    {
      name: 'curate-write',
      apply: 'serve',
      config: () => ({ define: { 'import.meta.env.VITE_CURATE_WRITE': JSON.stringify(CURATE_WRITE_PATH) } }),
      configureServer(server) {
        server.middlewares.use(curateWriteMiddleware(dir));
      },
    },
  ];
}
