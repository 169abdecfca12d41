import { fetchOwnFile, offlineCopy } from '../lib/inlined-files';
import type { DataProblem } from './data-problem';
import type { Dataset } from './dataset';
import type { Manifest } from './schema';
import type { RawDataset } from './validate-dataset';
import { datasetFileUrls } from './dataset-files';
import { stripByteOrderMark } from './byte-order-mark';
import { UNREADABLE } from './unreadable';

/**
 * The validation code (the zod schema and the checks) is a chunk of its own: the loading screen
 * paints without it, and it downloads while the dataset does. Started once, by the first load.
 */
let validation: Promise<typeof import('./validate-dataset')> | null = null;
const loadValidation = () =>
  (validation ??= import('./validate-dataset').catch((error: unknown) => {
    // Not kept: a retry (the error screen's button) asks for the chunk again.
    validation = null;
    throw error;
  }));

export interface LoadProgress {
  step: 'manifest' | 'files' | 'validating' | 'done';
  filesDone: number;
  filesTotal: number;
  bytes: number;
}

export interface LoadedDataset {
  dataset: Dataset;
  problems: DataProblem[];
  /** The curated deck file, parsed but not yet checked (src/present checks it); null when the manifest names none. */
  deck: { path: string; json: unknown } | null;
}

/**
 * Why the dataset could not load at all, for the error screen to word in the display language
 * (data.json, `loadError`): `unreachable` (the request failed), `status` (the server refused),
 * `unreadable` (the manifest is not JSON), `notManifest` (it is JSON, but not a manifest).
 */
export type DatasetLoadErrorCode = 'unreachable' | 'status' | 'unreadable' | 'notManifest';

/** A fetch that failed outright: the message (English, for the console) names the URL and what went wrong. */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly code: DatasetLoadErrorCode,
    /** The code's placeholders besides the URL: the browser's or parser's own words, a status, a field. */
    readonly values: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

const DATASET_NAME = /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*$/;

/**
 * `/data/` for the curated dataset; `/data/<name>/` for another dataset under data/ (e.g.
 * "synthetic/n10000-s1"). Only same-origin paths made of safe segments are accepted. An offline
 * copy opens the one dataset it carries, whatever its address says.
 */
export function datasetBaseUrl(name: string | null): string {
  const copy = offlineCopy();
  if (copy) return copy.dataset;
  if (!name || !DATASET_NAME.test(name)) return '/data/';
  return `/data/${name}/`;
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetchOwnFile(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    const detail = (error as Error).message || 'network error';
    throw new DatasetLoadError(`Could not reach ${url}: ${detail}`, url, 'unreachable', { detail });
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DatasetLoadError(`${url} answered ${status}`, url, 'status', { status });
  }
  return response.text();
}

/**
 * A file's JSON, a byte-order mark at its start dropped (Windows editors add one). Text that is not
 * JSON is kept for the validation chunk to say where it goes wrong (json-text.ts): that code is
 * needed only then, so the first paint does without it.
 */
function parseJson(text: string): { json: unknown; notJson: string | null } {
  const stripped = stripByteOrderMark(text);
  try {
    return { json: JSON.parse(stripped) as unknown, notJson: null };
  } catch {
    return { json: UNREADABLE, notJson: stripped };
  }
}

/** Fetches the manifest and the files it names, then validates record by record. */
export async function loadDataset(
  baseUrl: string,
  onProgress: (progress: LoadProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const manifestUrl = `${baseUrl}manifest.json`;
  const validating = loadValidation();
  // Settled here or awaited below; never left to reject unheard.
  validating.catch(() => {});
  onProgress({ step: 'manifest', filesDone: 0, filesTotal: 5, bytes: 0 });
  const manifestRead = parseJson(await fetchText(manifestUrl, signal));
  if (manifestRead.notJson !== null) {
    const problem = (await validating).jsonSyntaxProblem(manifestUrl, manifestRead.notJson);
    const { line, column, detail } = problem.values ?? {};
    throw new DatasetLoadError(`${manifestUrl} is ${problem.message}`, manifestUrl, 'unreadable', { detail: `line ${line}, column ${column}: ${detail}` });
  }

  // The files download while the validation code arrives; a manifest it refuses cancels them.
  const fileFetches = new AbortController();
  const cancel = () => fileFetches.abort(signal?.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  if (signal?.aborted) cancel();
  let filesDone = 0;
  let bytes = 0;
  const notJson: Array<{ url: string; text: string }> = [];
  const named = datasetFileUrls(manifestUrl, manifestRead.json);
  const downloads = Promise.all(
    named.map(async ([name, url]) => {
      const text = await fetchText(url, fileFetches.signal);
      bytes += text.length;
      filesDone += 1;
      onProgress({ step: 'files', filesDone, filesTotal: named.length, bytes });
      const read = parseJson(text);
      if (read.notJson !== null) notJson.push({ url, text: read.notJson });
      return [name, { path: url, json: read.json }] as const;
    }),
  );
  downloads.catch(() => {});
  let entries: Awaited<typeof downloads>;
  let validate: typeof import('./validate-dataset');
  let manifest: Manifest;
  try {
    validate = await validating;
    const parsed = validate.parseManifest(manifestUrl, manifestRead.json);
    if (!parsed.manifest) {
      const first = parsed.problems[0];
      throw new DatasetLoadError(`${manifestUrl} is not a dataset manifest: field "${first?.field}": ${first?.message}`, manifestUrl, 'notManifest', {
        field: first?.field ?? '',
        detail: first?.message ?? '',
      });
    }
    manifest = parsed.manifest;
    entries = await downloads;
  } catch (error) {
    fileFetches.abort();
    throw error;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  onProgress({ step: 'validating', filesDone, filesTotal: named.length, bytes });
  // Let the progress paint before the synchronous validation pass.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { deck, ...rest } = Object.fromEntries(entries) as RawDataset['files'] & { deck?: { path: string; json: unknown } };
  const problems = notJson.map(({ url, text }) => validate.jsonSyntaxProblem(url, text));
  const result = validate.validateDataset({ manifest, files: rest, baseUrl });
  onProgress({ step: 'done', filesDone, filesTotal: named.length, bytes });
  return { dataset: result.dataset, problems: [...problems, ...result.problems], deck: deck && deck.json !== UNREADABLE ? deck : null };
}
