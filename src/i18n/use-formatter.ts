import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, type Formatter } from './format';
import type { Locale } from './locale';

/** The display language for an i18next language code. */
export const localeOf = (language: string): Locale => (language === 'zh' ? 'zh' : 'en');

/** The formatter for the language on screen; a new one when the language changes. */
export function useFormatter(): Formatter {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(() => createFormatter(locale, t), [locale, t]);
}

/** The language on screen. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOf(i18n.language);
}
