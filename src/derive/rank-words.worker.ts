import { rankWords } from './rank-words';

/** Ranks words off the main thread: { values, locale } in, the ranks' buffer back (transferred). */
self.onmessage = (event: MessageEvent<{ values: Array<string | null>; locale: string }>) => {
  const rank = rankWords(event.data.values, event.data.locale);
  self.postMessage(rank, { transfer: [rank.buffer] });
};
