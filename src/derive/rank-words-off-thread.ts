import { rankWords } from './rank-words';
import RankWordsWorker from './rank-words.worker?worker&inline';

/** A request to the worker and its answer: the ranks' buffer, transferred. */
export interface RankRequest {
  id: number;
  values: Array<string | null>;
  locale: string;
}
export interface RankAnswer {
  id: number;
  rank: Float64Array;
}

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { values: Array<string | null>; locale: string; resolve: (rank: Float64Array) => void }>();

/** Every request still waiting is answered here, on the main thread (the worker failed). */
function answerHere() {
  for (const [id, { values, locale, resolve }] of waiting) {
    waiting.delete(id);
    resolve(rankWords(values, locale));
  }
}

function rankingWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new RankWordsWorker();
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<RankAnswer>) => {
      const request = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      request?.resolve(event.data.rank);
    };
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      answerHere();
    };
  }
  return worker;
}

/**
 * Starts the ranking worker ahead of its first use: a worker takes a second or more to start on a
 * busy two-core machine, so it starts with the page (main.tsx), while the dataset downloads, and is
 * warm by the time the titles can be sent.
 */
export function startRankingWorker(): void {
  rankingWorker();
}

/**
 * `rankWords` in a worker, so ranking 100,000 titles (a few hundred ms of ICU comparisons) never
 * holds up input; here, on the main thread, where workers are unavailable. Inlined as a blob, so
 * the offline single-file copy has it too.
 */
export function rankWordsOffThread(values: Array<string | null>, locale: string): Promise<Float64Array> {
  const target = rankingWorker();
  if (!target) return Promise.resolve(rankWords(values, locale));
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, { values, locale, resolve });
    target.postMessage({ id, values, locale } satisfies RankRequest);
  });
}
