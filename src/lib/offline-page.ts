// With its extension: vite.config.ts loads this module too (scripts/lib/offline-plugins.ts), outside the bundler.
import { COPY_ELEMENT_ID, ENCODING_ATTRIBUTE, FILE_ATTRIBUTE, pathOf, type OfflineCopy } from './inlined-files.ts';

/**
 * Writes an offline copy: the offline template (the whole app in one HTML file, with no data; made
 * by `vite build --mode offline`, see vite.config.ts) with the files it will read instead of
 * fetching them (src/lib/inlined-files.ts). Used by `npm run build:offline` and by the header's
 * "Download offline copy"; pure, so both write the same page.
 */

/** The tag the offline build puts first in the template's head; the served app's index.html has none. */
export const TEMPLATE_MARK = '<meta name="carbon-dashboard-offline" content="template">';
/** What it becomes in a copy: a copy is not filled in twice. */
const COPY_MARK = '<meta name="carbon-dashboard-offline" content="copy">';
/** Where the normal build puts the template, beside index.html (fetched only when a copy is made). */
export const TEMPLATE_PATH = 'offline/template.html';

/**
 * Where the template's mark is, or -1 when `html` is not an offline template. The mark counts only
 * before the first script: the app's inlined code (this module) spells it too.
 */
function templateMarkAt(html: string): number {
  const at = html.indexOf(TEMPLATE_MARK);
  const script = html.indexOf('<script');
  return at !== -1 && (script === -1 || at < script) ? at : -1;
}

/** The page is an offline template: the offline build's, and not yet filled in. */
export function isOfflineTemplate(html: string): boolean {
  return templateMarkAt(html) !== -1;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * What a `<script>` block may hold: `<` only ever appears inside a JSON string, where `\u003c`
 * means the same, so neither `</script>` nor `<!--` can end or bend the block.
 */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** One file's block: the JSON itself, or (a file that is not JSON) its text as a JSON string. */
export function fileBlock(path: string, text: string): string {
  const head = `<script type="application/json" ${FILE_ATTRIBUTE}="${attribute(pathOf(path))}"`;
  return isJson(text) ? `${head}>${scriptSafe(text)}</script>` : `${head} ${ENCODING_ATTRIBUTE}="text">${scriptSafe(JSON.stringify(text))}</script>`;
}

/** A new copy's id: when it was made, and a random part (two copies made the same second differ). */
export function newCopyId(at: Date, random: () => number = Math.random): string {
  return `${at.toISOString()}-${Math.floor(random() * 0x100000000).toString(16)}`;
}

/**
 * The template with the copy's facts and its files, before `</body>` (module scripts run after the
 * whole page is parsed, so the blocks are there when the app reads them).
 */
export function writeOfflinePage(template: string, copy: OfflineCopy, files: Iterable<readonly [string, string]>): string {
  const mark = templateMarkAt(template);
  if (mark === -1) throw new Error('not an offline template (made by `vite build --mode offline`), or one already filled in');
  const blocks = [`<script type="application/json" id="${COPY_ELEMENT_ID}">${scriptSafe(JSON.stringify(copy))}</script>`];
  for (const [path, text] of files) blocks.push(fileBlock(path, text));
  // The last </body>: the app's inlined code before it may spell the tag in a string.
  const end = template.lastIndexOf('</body>');
  const at = end === -1 ? template.length : end;
  const marked = `${template.slice(0, mark)}${COPY_MARK}${template.slice(mark + TEMPLATE_MARK.length, at)}`;
  return `${marked}${blocks.join('\n')}\n${template.slice(at)}`;
}
