import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import type { Locale } from '../../i18n/locale';
import { emptyDeck, type Deck } from './deck-schema';
import { browserStorage, deckStorageKey, readStoredDeck, writeStoredDeck, type StoredDeck } from './deck-store';

type Held = StoredDeck & { key: string; locale: Locale; pristine: boolean };

/**
 * The user's own deck, kept in local storage per dataset. Follows changes made in another window
 * of the same browser (the storage event), e.g. the presenter view. A deck not yet saved is titled
 * "My scenes" in English and, once its strings are loaded, in Chinese (`translations.zh`).
 */
export function useStoredDeck(dataset: Dataset): StoredDeck & { setDeck(deck: Deck): void; dismissNotice(): void } {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'zh' ? 'zh' : 'en';
  const key = deckStorageKey(dataset.baseUrl);
  const read = (): Held => {
    const blank = emptyDeck(t('present.deckKind.mine.label', { lng: 'en' }));
    if (i18n.hasResourceBundle('zh', 'translation')) blank.translations = { zh: t('present.deckKind.mine.label', { lng: 'zh' }) };
    const stored = readStoredDeck(browserStorage(), key, dataset, blank);
    return { ...stored, key, locale, pristine: stored.deck === blank };
  };
  const [stored, setStored] = useState<Held>(read);
  // Another dataset in the same page, or a new language for a deck not yet saved: read it again
  // (state adjusted during render, not in an effect).
  if (stored.key !== key || (stored.pristine && stored.locale !== locale)) setStored(read());

  useEffect(
    function followOtherWindows() {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) setStored({ ...readStoredDeck(browserStorage(), key, dataset), key, locale, pristine: false });
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
    [key, dataset, locale],
  );

  const setDeck = useCallback(
    (deck: Deck) => {
      const problem = writeStoredDeck(browserStorage(), key, deck);
      setStored({ deck, notice: problem, key, locale, pristine: false });
    },
    [key, locale],
  );
  const dismissNotice = useCallback(() => setStored((current) => ({ ...current, notice: null })), []);
  return { deck: stored.deck, notice: stored.notice, setDeck, dismissNotice };
}
