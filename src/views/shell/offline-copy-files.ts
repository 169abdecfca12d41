import { datasetFileUrls } from '../../data/dataset-files';
import type { BasemapTopology, ProvinceProperties } from '../map/map-basemap';
import { detailUrl } from '../map/map-detail';
import { BASEMAP_URL } from '../map/use-basemap';

/** Reads a path on the app's origin ("/data/manifest.json") as text. */
export type ReadText = (path: string) => Promise<string>;

/** The provincial-level units of the national basemap: one detail file each. */
export function basemapUnitIds(basemap: unknown): string[] {
  const geometries = (basemap as Partial<BasemapTopology>).objects?.provinces?.geometries ?? [];
  return geometries.flatMap((g) => {
    const id = (g.properties as Partial<ProvinceProperties> | undefined)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // the dashboard reports the unreadable file; the copy carries it as it is
    return null;
  }
}

/** The archived texts a dataset's sources file names (`sources[].file`, relative to the dataset, as the details link them). */
export function sourceTextPaths(datasetBase: string, sources: unknown): string[] {
  const list = (sources as { sources?: unknown } | null)?.sources;
  const files = Array.isArray(list) ? list.map((s) => (s as { file?: unknown } | null)?.file) : [];
  return [...new Set(files.filter((f): f is string => typeof f === 'string' && f.length > 0))].map((file) => `${datasetBase}${file}`);
}

/**
 * Every file an offline copy of the dataset at `datasetBase` reads, path -> text: the manifest
 * and the files it names (the gazetteer and the curated deck among them), the national basemap and
 * the detail file of each of its units (the map fetches them at close zoom): what the served app
 * fetches from /data/. Then the sources' archived texts the details link to, those that can be read.
 */
export async function collectOfflineFiles(datasetBase: string, read: ReadText): Promise<Map<string, string>> {
  const manifestUrl = `${datasetBase}manifest.json`;
  const [manifest, basemap] = await Promise.all([read(manifestUrl), read(BASEMAP_URL)]);
  const named = datasetFileUrls(manifestUrl, JSON.parse(manifest));
  const paths = [...named.map(([, url]) => url), ...basemapUnitIds(JSON.parse(basemap)).map(detailUrl)].filter(
    (path, i, all) => path !== manifestUrl && path !== BASEMAP_URL && all.indexOf(path) === i,
  );
  const files = new Map([
    [manifestUrl, manifest],
    [BASEMAP_URL, basemap],
  ]);
  const texts = await Promise.all(paths.map(read));
  paths.forEach((path, i) => files.set(path, texts[i]!));
  const sourcesUrl = named.find(([name]) => name === 'sources')?.[1];
  const sources = sourcesUrl === undefined ? [] : sourceTextPaths(datasetBase, parseOrNull(files.get(sourcesUrl)!));
  // A text that is missing is left out: its link fails in the copy as it does on the server.
  const archived = await Promise.all(sources.map((path) => read(path).catch(() => null)));
  sources.forEach((path, i) => {
    if (archived[i] !== null) files.set(path, archived[i]!);
  });
  return files;
}
