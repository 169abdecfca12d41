/** The display languages. The data's base language is English; Chinese is the first other one. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale Intl formats with: British English (30 Nov 2020), Simplified Chinese (2020年11月30日). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };

/** `<html lang>` for each display language. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** The URL parameter that names the display language. */
export const LANG_PARAM = 'lang';

/** The display language for an i18next language code. */
export const localeOf = (language: string): Locale => (language === 'zh' ? 'zh' : 'en');

export function parseLocale(raw: string | null | undefined): Locale | null {
  return raw === 'en' || raw === 'zh' ? raw : null;
}

/** The first of the browser's languages the app speaks; English when none is. */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}
