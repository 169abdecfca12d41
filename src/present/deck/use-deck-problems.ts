import { useEffect, useMemo, useState } from 'react';
import type { DataProblem } from '../../data/data-problem';
import type { Dataset } from '../../data/dataset';
import { arrived, trackedChunk } from '../../lib/tracked-chunk';
import type { DeckFile } from './use-decks';

/**
 * The deck check (its schema, and zod) is not needed for the first paint: it loads with the
 * presentation, fetched while the dataset downloads (`preloadDeckCheck`).
 */
export const loadDeckCheck = trackedChunk(() => import('./check-deck'));

type CheckDeck = Awaited<ReturnType<typeof loadDeckCheck>>['checkDeck'];

/**
 * The problems of the dataset's deck file, for the data problems panel: at once when the check has
 * arrived (it is fetched while the dataset loads), else as soon as it does.
 */
export function useDeckProblems(file: DeckFile, dataset: Dataset): readonly DataProblem[] {
  const [check, setCheck] = useState<CheckDeck | null>(() => (file ? (arrived(loadDeckCheck())?.checkDeck ?? null) : null));
  useEffect(
    function loadCheck() {
      if (check || !file) return;
      let live = true;
      loadDeckCheck().then(
        (module) => live && setCheck(() => module.checkDeck),
        (error: unknown) => console.warn('Could not load the deck check', error),
      );
      return () => {
        live = false;
      };
    },
    [check, file],
  );
  return useMemo(() => (file && check ? check(file.json, dataset, file.path).problems : []), [file, check, dataset]);
}
