import { strToU8, zipSync } from 'fflate';
import type { DataProblem } from '../data/data-problem';
import type { ChangedFile } from './curate-types';

export type WriteResult = { ok: true; written: string[] } | { ok: false; error: string; problems: DataProblem[] };

/** Posts the changed files to `npm run curate`'s endpoint, which checks the dataset they make and writes them only if it passes. */
export async function writeChanges(url: string, files: readonly ChangedFile[]): Promise<WriteResult> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ files }) });
  } catch (error) {
    return { ok: false, error: (error as Error).message || 'network error', problems: [] };
  }
  const body = (await response.json().catch(() => ({}))) as { written?: string[]; error?: string; problems?: DataProblem[] };
  if (response.ok && Array.isArray(body.written)) return { ok: true, written: body.written };
  return { ok: false, error: body.error ?? `${response.status} ${response.statusText}`, problems: Array.isArray(body.problems) ? body.problems : [] };
}

/** The folder the download's files sit in: unzipped in the project folder, they land where they belong. */
export const ZIP_FOLDER = 'data/';

/** The changed files as a zip, each under data/ at its path in the dataset folder. */
export function zipChanges(files: readonly ChangedFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [ZIP_FOLDER + file.path, strToU8(file.text)])), { level: 6 });
}
