import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import { checkDeck, type DeckProblem } from './check-deck';
import type { Deck } from './deck-schema';
import type { DeckNotice } from './deck-store';
import type { DeckKind } from './present-url';
import { buildTour } from './tour';
import { useStoredDeck } from './use-stored-deck';

/** The raw deck file the dataset ships (data/deck.json), as the loader passes it. */
export type DeckFile = { path: string; json: unknown } | null;

export interface Decks {
  /** The dataset's curated deck; null when it ships none or it does not read. */
  curated: Deck | null;
  /** Problems found in the curated deck (also reported by data:check). */
  curatedProblems: DeckProblem[];
  mine: Deck;
  mineNotice: DeckNotice | null;
  setMine(deck: Deck): void;
  dismissMineNotice(): void;
  /** The generated tour's length, known without building it. */
  tourCount: number;
  /** A deck by kind; the tour (one scene per initiative, a pass over the whole dataset) is built on first ask. */
  byKind(kind: DeckKind): Deck | null;
}

export function useDecks(dataset: Dataset, file: DeckFile): Decks {
  const checked = useMemo(() => (file ? checkDeck(file.json, dataset, file.path) : { deck: null, problems: [] }), [file, dataset]);
  const { t, i18n } = useTranslation();
  const chinese = i18n.language === 'zh';
  // Most sessions never present the tour: build it when it is first asked for, not at load
  // (at 100,000 initiatives it takes about half a second). Its words are English, and Chinese
  // when Chinese is on screen: a switch to Chinese builds it again (the same scenes, in order).
  const tour = useMemo(() => {
    let built: Deck | null = null;
    const tongues = { en: i18n.getFixedT('en'), ...(chinese ? { zh: t } : {}) };
    return () => (built ??= buildTour(dataset, tongues));
  }, [dataset, chinese, t, i18n]);
  const stored = useStoredDeck(dataset);
  return useMemo(() => {
    const curated = checked.deck;
    const mine = stored.deck;
    return {
      curated,
      curatedProblems: checked.problems,
      mine,
      mineNotice: stored.notice,
      setMine: stored.setDeck,
      dismissMineNotice: stored.dismissNotice,
      tourCount: dataset.initiatives.length,
      byKind: (kind: DeckKind) => (kind === 'curated' ? curated : kind === 'mine' ? mine : tour()),
    };
  }, [checked, tour, dataset, stored.deck, stored.notice, stored.setDeck, stored.dismissNotice]);
}
