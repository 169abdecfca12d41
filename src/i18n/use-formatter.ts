import { useMemo } from 'react';
import { createFormatter, type Formatter } from './format';
import type { Locale } from './locale';
import { useLightTranslation } from './use-light-translation';

/** The display language for an i18next language code (i18n/locale.ts). */
export { localeOf } from './locale';

/** The formatter for the language on screen; a new one when the language changes. */
export function useFormatter(): Formatter {
  const { t, locale } = useLightTranslation();
  return useMemo(() => createFormatter(locale, t), [locale, t]);
}

/** The language on screen. */
export function useLocale(): Locale {
  return useLightTranslation().locale;
}
