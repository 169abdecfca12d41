import type { Manifest } from './schema';

/**
 * Which files a dataset is made of, as paths on this origin: the ones `loadDataset` fetches and an
 * offline copy carries (views/shell/offline-copy-files.ts). No imports but types: the offline
 * copy's chunk shares it with the first paint without pulling the loader along.
 */

export type FileName = keyof Manifest['files'];
const FILE_NAMES: readonly FileName[] = ['initiatives', 'organisations', 'sectors', 'sources', 'gazetteer', 'deck', 'vocabulary'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The files a manifest names, read without its schema (which may not have arrived yet) so their
 * downloads start at once; a manifest the schema then refuses stops them. A file the schema accepts
 * is always a non-empty string, as here.
 */
function namedFiles(json: unknown): Array<[FileName, string]> {
  const files = isRecord(json) && isRecord(json.files) ? json.files : {};
  return FILE_NAMES.flatMap((name) => {
    const path = files[name];
    return typeof path === 'string' && path.length > 0 ? [[name, path] as [FileName, string]] : [];
  });
}

/** The files a manifest names (`json`, read at `manifestUrl`), each resolved against it to a path on this origin. */
export function datasetFileUrls(manifestUrl: string, json: unknown): Array<[FileName, string]> {
  return namedFiles(json).map(([name, path]) => [name, new URL(path, new URL(manifestUrl, 'http://origin.invalid')).pathname]);
}
