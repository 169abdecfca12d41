import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { i18n } from './i18n';
import { localeOf, type Locale } from './locale';

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};
const language = () => i18n.language;
const fixedT = new Map<string, TFunction>();

/**
 * The display language and its `t`, for what the page draws hundreds of times (place names,
 * translation marks, formatters). react-i18next's useTranslation copies the i18next instance's
 * property descriptors into a wrapper for every component that mounts (659 at a 10,000-initiative
 * load, about 27 ms; docs/PERFORMANCE.md); this reads the same instance's language through one
 * subscription each and one `t` per language. A language switch re-renders them as before: the
 * strings of a language are added before i18next switches to it (i18n.ts showLocale).
 */
export function useLightTranslation(): { t: TFunction; locale: Locale } {
  const lng = useSyncExternalStore(subscribe, language, language);
  let t = fixedT.get(lng);
  if (!t) {
    t = i18n.getFixedT(lng) as TFunction;
    fixedT.set(lng, t);
  }
  return { t, locale: localeOf(lng) };
}
