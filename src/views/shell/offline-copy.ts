import type { Dataset } from '../../data/dataset';
import { downloadBlob, exportFileName } from '../../lib/export-download';
import { fetchOwnFile } from '../../lib/inlined-files';
import { isOfflineTemplate, newCopyId, TEMPLATE_PATH, writeOfflinePage } from '../../lib/offline-page';
import { collectOfflineFiles } from './offline-copy-files';
import { deckStorageKey } from '../../present';

/**
 * "Download offline copy" (OfflineCopyButton): the offline template the build put beside the app,
 * filled in with the dataset on screen and this browser's own deck for it, saved as one HTML file.
 * A chunk of its own, loaded when the button is pressed; every request goes to this origin.
 */

/** This version of the app has no offline template: the development server, or a build made without it. */
export class NoOfflineTemplate extends Error {
  constructor() {
    super(`no offline template at /${TEMPLATE_PATH}`);
    this.name = 'NoOfflineTemplate';
  }
}

/** What a copy of `baseUrl`'s dataset carries from this browser's storage: the user's deck for it, when there is one. */
export function carriedStorage(storage: Storage | null, baseUrl: string): Record<string, string> {
  const key = deckStorageKey(baseUrl);
  let deck: string | null = null;
  try {
    deck = storage?.getItem(key) ?? null;
  } catch {
    // storage refused: the copy carries the curated deck only
  }
  return deck === null ? {} : { [key]: deck };
}

async function readOwnText(path: string): Promise<string> {
  const response = await fetchOwnFile(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path} answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}

async function fetchTemplate(): Promise<string> {
  let response: Response;
  try {
    response = await fetchOwnFile(`/${TEMPLATE_PATH}`, { credentials: 'same-origin' });
  } catch {
    throw new NoOfflineTemplate();
  }
  // The development server answers an unknown page with the app's own index.html.
  const text = response.ok ? await response.text() : '';
  if (!isOfflineTemplate(text)) throw new NoOfflineTemplate();
  return text;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Makes the copy of `dataset` and downloads it as `<stem>-<date>.html`; says the file's name and size in bytes. */
export async function downloadOfflineCopy(dataset: Dataset, stem: string, at: Date = new Date()): Promise<{ fileName: string; bytes: number }> {
  // The template first: without it there is nothing to fill in (and no point fetching the data).
  const template = await fetchTemplate();
  const files = await collectOfflineFiles(dataset.baseUrl, readOwnText);
  const copy = { id: newCopyId(at), dataset: dataset.baseUrl, storage: carriedStorage(localStorageOrNull(), dataset.baseUrl) };
  const blob = new Blob([writeOfflinePage(template, copy, files)], { type: 'text/html;charset=utf-8' });
  const fileName = exportFileName(stem, 'html', at, 'offline');
  downloadBlob(blob, fileName);
  return { fileName, bytes: blob.size };
}
