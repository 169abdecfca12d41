import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en';
import { HTML_LANG, localeOf, type Locale } from './locale';

/**
 * The app's one i18next instance. English is bundled (it is also what a missing key falls back
 * to); Chinese is a chunk of its own, fetched the first time it is shown, so English pays nothing.
 */
export const i18n: I18n = createInstance();
// Registered with react-i18next, so useTranslation() finds it even outside <I18nextProvider> (tests).
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh'],
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: object }>> = {
  zh: () => import('./locales/zh'),
};

/** Fetches a language's strings once (a same-origin chunk). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || i18n.hasResourceBundle(locale, 'translation')) return;
  const { default: resources } = await LOADERS[locale]();
  i18n.addResourceBundle(locale, 'translation', resources, true, true);
}

/** The language last asked for: a slower load for an earlier choice must not switch to it after. */
let wanted: Locale | null = null;

/**
 * Shows the app in `locale`: its strings loaded, i18next switched, `<html lang>` following. When
 * another language is asked for while this one's strings are still loading (Chinese, then English
 * again before the Chinese chunk has come), the last one asked for is the one shown.
 */
export async function showLocale(locale: Locale): Promise<void> {
  wanted = locale;
  await loadLocale(locale);
  if (wanted !== locale) return;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[locale];
}

export function currentLocale(): Locale {
  return localeOf(i18n.language);
}
