import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Formatter } from '../../i18n/format';
import { useCore } from '../../store/dashboard-context';
import { useDerivationStatus } from '../../store/use-controls';
import type { Deck } from '../deck/deck-schema';
import type { DeckKind } from '../deck/present-url';
import type { HandoutCopy } from '../export/handout-pages';
import type { HandoutFormat, HandoutOutcome, HandoutProgress } from '../export/make-handout';

/** Where making a handout is: idle, at work (with its progress), or what came of it. */
export type HandoutRun =
  | { state: 'idle' }
  | { state: 'running'; format: HandoutFormat; progress: HandoutProgress }
  | { state: 'done'; format: HandoutFormat; outcome: HandoutOutcome }
  | { state: 'cancelled' }
  | { state: 'failed'; format: HandoutFormat; error: unknown };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Makes one handout at a time from the deck on show, and cancels it (also when the dialog closes
 * mid-way: the user's view comes back either way). The code that renders and writes the files is
 * a chunk of its own, loaded on the first press.
 */
export function useHandoutExport(deck: Deck | null, kind: DeckKind): { run: HandoutRun; start(format: HandoutFormat, copy: HandoutCopy, f: Formatter): void; cancel(): void } {
  const { store, snapshots, dataset } = useCore();
  const queryClient = useQueryClient();
  const status = useDerivationStatus();
  // Read by the render loop as it waits, between renders.
  const indexing = useRef(status.indexing);
  useEffect(() => {
    indexing.current = status.indexing;
  }, [status.indexing]);
  const [run, setRun] = useState<HandoutRun>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (format: HandoutFormat, copy: HandoutCopy, f: Formatter) => {
      if (!deck || controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      const live = () => controller.current === abort;
      setRun({ state: 'running', format, progress: { step: 'preparing' } });
      void (async () => {
        try {
          const { makeHandout } = await import('../export/make-handout');
          const outcome = await makeHandout({
            format,
            copy,
            kind,
            deck,
            dataset,
            f,
            signals: { store, snapshots, fetching: () => queryClient.isFetching(), indexing: () => indexing.current },
            signal: abort.signal,
            onProgress: (progress) => live() && setRun({ state: 'running', format, progress }),
          });
          if (live()) setRun({ state: 'done', format, outcome });
        } catch (error) {
          if (live()) setRun(isAbort(error) || abort.signal.aborted ? { state: 'cancelled' } : { state: 'failed', format, error });
        } finally {
          if (live()) controller.current = null;
        }
      })();
    },
    [deck, kind, dataset, store, snapshots, queryClient],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { run, start, cancel };
}
