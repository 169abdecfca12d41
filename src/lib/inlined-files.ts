/**
 * An offline copy of the app (docs/OFFLINE.md) is one HTML file that opens from file:// with no
 * request at all: the app, and every file it would fetch from its own origin, each in a
 * `<script type="application/json" data-inlined-file="/data/…">` block of its own. The loaders
 * fetch through `fetchOwnFile`: in an offline copy it answers from those blocks; in the served app
 * it is `fetch` itself. This module is in the first paint: it holds no more than that.
 */

/** The attribute naming the path a block's file has on the served app (`/data/manifest.json`). */
export const FILE_ATTRIBUTE = 'data-inlined-file';
/** `text` when the block holds the file's text as a JSON string (a file that is not JSON); absent when it holds the file itself. */
export const ENCODING_ATTRIBUTE = 'data-encoding';
/** The id of the block with the copy's own facts (`OfflineCopy`); a page without it is the served app. */
export const COPY_ELEMENT_ID = 'offline-copy';

/** What an offline copy says of itself. */
export interface OfflineCopy {
  /** Unique per copy made: the storage it carries is set once per copy (`applyCarriedStorage`). */
  id: string;
  /** Base URL of the dataset it carries ("/data/", "/data/synthetic/n10000-s1/"): the one it opens. */
  dataset: string;
  /** localStorage entries the copy brings along (the user's own deck), set when it is first opened. */
  storage: Record<string, string>;
}

export interface FileSource {
  /** The copy's facts, or null in the served app. */
  copy: OfflineCopy | null;
  /** `fetch` for paths on the app's own origin: from the page's blocks in an offline copy, never a request. */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  /** What a link to a file on the app's own origin points at: the path, or in a copy a blob: URL of the text it carries. */
  href(path: string): string;
}

function isCopy(json: unknown): json is OfflineCopy {
  if (typeof json !== 'object' || json === null) return false;
  const { id, dataset, storage } = json as Record<string, unknown>;
  return typeof id === 'string' && typeof dataset === 'string' && typeof storage === 'object' && storage !== null;
}

/** The path part of a same-origin URL ("/data/x.json?v=1" -> "/data/x.json"), as the blocks name it. */
export function pathOf(url: string): string {
  return decodeURIComponent(new URL(url, 'http://origin.invalid/').pathname);
}

function fileText(block: Element): string {
  const text = block.textContent ?? '';
  return block.getAttribute(ENCODING_ATTRIBUTE) === 'text' ? (JSON.parse(text) as string) : text;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * The files `doc` carries. A page with no copy block is the served app: its source is `fetch`.
 * A copy answers only from its blocks: a path it does not carry is a 404, with no request made.
 */
export function readFileSource(doc: Document | null, fetchFn: typeof fetch = (...args) => fetch(...args)): FileSource {
  const element = doc?.getElementById(COPY_ELEMENT_ID) ?? null;
  let copy: OfflineCopy | null = null;
  if (element) {
    try {
      const json: unknown = JSON.parse(element.textContent ?? '');
      if (isCopy(json)) copy = json;
    } catch {
      // not a copy block after all: the page is served
    }
  }
  if (!copy || !doc) return { copy: null, fetch: (url, init) => fetchFn(url, init), href: (path) => path };
  // The elements, not their text: a file is read when it is asked for (most detail files never are).
  const blocks = new Map<string, Element>();
  for (const block of doc.querySelectorAll(`script[${FILE_ATTRIBUTE}]`)) blocks.set(block.getAttribute(FILE_ATTRIBUTE)!, block);
  const hrefs = new Map<string, string>();
  return {
    copy,
    href: (path) => {
      const block = blocks.get(pathOf(path));
      if (!block) return path;
      let href = hrefs.get(path);
      if (href === undefined) {
        // Kept for the page's life: a link may be opened any number of times.
        href = URL.createObjectURL(new Blob([fileText(block)], { type: 'text/plain;charset=utf-8' }));
        hrefs.set(path, href);
      }
      return href;
    },
    fetch: async (url, init) => {
      if (init?.signal?.aborted) throw abortError(init.signal);
      const path = pathOf(url);
      const block = blocks.get(path);
      if (!block) return new Response(`Not in this offline copy: ${path}`, { status: 404, statusText: 'Not Found' });
      return new Response(fileText(block), { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    },
  };
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let pageSource: FileSource | null = null;
/**
 * This page's files, read once, at the first load (main.tsx asks for the dataset before the first
 * render): a copy's storage (the user's deck) is in place before anything reads it.
 */
function ownFiles(): FileSource {
  if (!pageSource) {
    pageSource = readFileSource(typeof document === 'undefined' ? null : document);
    if (pageSource.copy) applyCarriedStorage(pageSource.copy, localStorageOrNull());
  }
  return pageSource;
}

/** The offline copy this page is, or null when it is the served app. */
export function offlineCopy(): OfflineCopy | null {
  return ownFiles().copy;
}

/** Fetches a path on the app's own origin (the dataset, the basemap): from the page itself in an offline copy. */
export function fetchOwnFile(url: string, init?: RequestInit): Promise<Response> {
  return ownFiles().fetch(url, init);
}

/**
 * The address for a link to a file on the app's own origin (a source's archived text): the path
 * itself, or in an offline copy a blob: URL of the text the copy carries (file:///data/… is not there).
 */
export function ownFileHref(path: string): string {
  return ownFiles().href(path);
}

/** The key that says a copy's storage has been set in this browser. */
export function carriedStorageMark(copy: OfflineCopy): string {
  return `carbon-dashboard:offline-copy:${copy.id}`;
}

/**
 * Sets the storage a copy brings along, the first time this copy is opened in this browser only:
 * what the user changes in it afterwards (their deck) stays. A newer copy brings its own again.
 */
export function applyCarriedStorage(copy: OfflineCopy, storage: Storage | null): void {
  if (!storage) return;
  try {
    const mark = carriedStorageMark(copy);
    if (storage.getItem(mark) !== null) return;
    for (const [key, value] of Object.entries(copy.storage)) if (typeof value === 'string') storage.setItem(key, value);
    storage.setItem(mark, new Date().toISOString());
  } catch {
    // storage full or refused: the copy still opens, with its curated deck only
  }
}
