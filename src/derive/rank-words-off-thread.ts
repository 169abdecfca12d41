import { rankWords } from './rank-words';
import RankWordsWorker from './rank-words.worker?worker&inline';

/**
 * `rankWords` in a worker, so ranking 100,000 titles (a few hundred ms of ICU comparisons) never
 * holds up input; here, on the main thread, where workers are unavailable. Inlined as a blob, so
 * the offline single-file copy has it too. A module of its own, loaded only when ranks are prepared.
 */
export function rankWordsOffThread(values: Array<string | null>, locale: string): Promise<Float64Array> {
  if (typeof Worker === 'undefined') return Promise.resolve(rankWords(values, locale));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new RankWordsWorker();
    } catch {
      resolve(rankWords(values, locale));
      return;
    }
    worker.onmessage = (event: MessageEvent<Float64Array>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(rankWords(values, locale));
    };
    worker.postMessage({ values, locale });
  });
}
