/** The words an image export prints: its title and the author's note. */
export interface FigureText {
  title: string;
  /** Empty for none. */
  note: string;
}

/** What is remembered for one figure: the words, and the default title they replaced. */
interface Remembered extends FigureText {
  defaultTitle: string;
}

/** Where this browser tab keeps the last words per figure ("map", "chart:Initiatives by sector"). */
export const FIGURE_TEXT_KEY = 'carbon-dashboard.figure-text';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function readAll(storage: Store | null): Record<string, Remembered> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(FIGURE_TEXT_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, Remembered>) : {};
  } catch {
    return {};
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The words to offer for a figure: those last used for it in this session, as long as its default
 * title is still the same (a change of language gives new defaults); else the default title and no note.
 */
export function offeredText(storage: Store | null, figure: string, defaultTitle: string): FigureText {
  const last = readAll(storage)[figure];
  if (last && last.defaultTitle === defaultTitle && isText(last.title) && isText(last.note)) return { title: last.title, note: last.note };
  return { title: defaultTitle, note: '' };
}

/** The words as they go on the image: trimmed, and the default title for an empty one. */
export function settleText(text: FigureText, defaultTitle: string): FigureText {
  const title = text.title.trim();
  return { title: title || defaultTitle, note: text.note.trim() };
}

/** Remembers the words used for a figure, for the rest of the session. Storage that refuses (private mode, full) is ignored. */
export function rememberText(storage: Store | null, figure: string, defaultTitle: string, text: FigureText): void {
  if (!storage) return;
  const all = readAll(storage);
  all[figure] = { defaultTitle, title: text.title, note: text.note };
  try {
    storage.setItem(FIGURE_TEXT_KEY, JSON.stringify(all));
  } catch {
    // Not remembered: the next export offers the defaults again.
  }
}

/** The tab's session storage, or null where there is none (or it is blocked). */
export function sessionStore(): Store | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
