import { useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../../data/dataset';
import type { Deck } from './deck-schema';
import { browserStorage, deckStorageKey, readStoredDeck, writeStoredDeck, type StoredDeck } from './deck-store';

/**
 * The user's own deck, kept in local storage per dataset. Follows changes made in another window
 * of the same browser (the storage event), e.g. the presenter view.
 */
export function useStoredDeck(dataset: Dataset): StoredDeck & { setDeck(deck: Deck): void; dismissNotice(): void } {
  const key = deckStorageKey(dataset.baseUrl);
  const [stored, setStored] = useState<StoredDeck & { key: string }>(() => ({ ...readStoredDeck(browserStorage(), key, dataset), key }));
  // Another dataset in the same page: read its deck (state adjusted during render, not in an effect).
  if (stored.key !== key) setStored({ ...readStoredDeck(browserStorage(), key, dataset), key });

  useEffect(
    function followOtherWindows() {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) setStored({ ...readStoredDeck(browserStorage(), key, dataset), key });
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
    [key, dataset],
  );

  const setDeck = useCallback(
    (deck: Deck) => {
      const problem = writeStoredDeck(browserStorage(), key, deck);
      setStored({ deck, notice: problem, key });
    },
    [key],
  );
  const dismissNotice = useCallback(() => setStored((current) => ({ ...current, notice: null })), []);
  return { deck: stored.deck, notice: stored.notice, setDeck, dismissNotice };
}
