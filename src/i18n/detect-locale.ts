import { LANG_PARAM, localeFromBrowser, parseLocale, type Locale } from './locale';

/** Where the language last chosen in this browser is kept. */
export const LOCALE_STORAGE_KEY = 'carbon-dashboard:lang';

export interface LocaleSources {
  search: string;
  storage: Pick<Storage, 'getItem'> | null;
  languages: readonly string[];
}

/**
 * The display language at start: the link's `lang`, else the one last chosen in this browser,
 * else the browser's own language, else English.
 */
export function detectLocale({ search, storage, languages }: LocaleSources): { locale: Locale; fromLink: boolean } {
  const linked = parseLocale(new URLSearchParams(search).get(LANG_PARAM));
  if (linked) return { locale: linked, fromLink: true };
  return { locale: readStored(storage) ?? localeFromBrowser(languages), fromLink: false };
}

function readStored(storage: Pick<Storage, 'getItem'> | null): Locale | null {
  try {
    return parseLocale(storage?.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return null; // storage refused (private mode, a sandboxed frame)
  }
}

export function rememberLocale(storage: Pick<Storage, 'setItem'> | null, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or a full quota: the choice lasts for this page only.
  }
}
