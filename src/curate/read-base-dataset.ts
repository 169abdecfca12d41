import { parseManifest } from '../data/validate-dataset';
import { sourceTextPath } from './apply-draft';
import type { BaseDataset, EditableFile, JsonObject } from './curate-types';

/** Reads a file inside the dataset folder by its path there ("initiatives.json"); null when it is missing. */
export type ReadText = (path: string) => Promise<string | null>;

/** Why the dataset could not be opened for editing: `npm run data:check` says more. */
export class BaseDatasetError extends Error {
  constructor(readonly path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'BaseDatasetError';
  }
}

const parse = (path: string, text: string): unknown => {
  try {
    // A byte-order mark (Windows editors add one) is not part of the JSON.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new BaseDatasetError(path, (error as Error).message);
  }
};

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

async function readJson(read: ReadText, path: string): Promise<{ json: JsonObject; text: string }> {
  const text = await read(path);
  if (text === null) throw new BaseDatasetError(path, 'file not found');
  const json = parse(path, text);
  if (!isObject(json)) throw new BaseDatasetError(path, 'not a JSON object');
  return { json, text };
}

/** The dataset folder's manifest, the files it names and every source's archived text, as the files hold them. */
export async function readBaseDataset(read: ReadText): Promise<BaseDataset> {
  const manifestFile = await readJson(read, 'manifest.json');
  const { manifest } = parseManifest('manifest.json', manifestFile.json);
  if (!manifest) throw new BaseDatasetError('manifest.json', 'not a dataset manifest');
  const names: EditableFile[] = ['initiatives', 'organisations', 'sources', 'sectors'];
  const read4 = await Promise.all(names.map((name) => readJson(read, manifest.files[name])));
  const files = Object.fromEntries(names.map((name, i) => [name, read4[i]!])) as BaseDataset['files'];
  const gazetteer = await readJson(read, manifest.files.gazetteer);
  const paths = { initiatives: manifest.files.initiatives, organisations: manifest.files.organisations, sources: manifest.files.sources, sectors: manifest.files.sectors, gazetteer: manifest.files.gazetteer };
  const vocabularyPath = manifest.files.vocabulary;
  const vocabulary = vocabularyPath ? { path: vocabularyPath, json: (await readJson(read, vocabularyPath)).json } : null;
  const base: BaseDataset = { manifest, paths, files, gazetteer: gazetteer.json, vocabulary, texts: new Map() };
  const records = Array.isArray(files.sources.json.sources) ? files.sources.json.sources.filter(isObject) : [];
  const texts = new Map<string, string>();
  await Promise.all(
    records.map(async (record) => {
      if (typeof record.id !== 'string' || typeof record.file !== 'string') return;
      const text = await read(sourceTextPath(base, record.file));
      if (text !== null) texts.set(record.id, text);
    }),
  );
  return { ...base, texts };
}
