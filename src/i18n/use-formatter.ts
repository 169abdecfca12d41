import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, type Formatter } from './format';
import type { Locale } from './locale';

/** The formatter for the language on screen; a new one when the language changes. */
export function useFormatter(): Formatter {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'zh' ? 'zh' : 'en';
  return useMemo(() => createFormatter(locale, t), [locale, t]);
}

/** The language on screen. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'zh' ? 'zh' : 'en';
}
