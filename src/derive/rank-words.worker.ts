import { rankWords } from './rank-words';
import type { RankAnswer, RankRequest } from './rank-words-off-thread';

/** Ranks words off the main thread: a request in, its ranks back (the buffer transferred). */
self.onmessage = (event: MessageEvent<RankRequest>) => {
  const { id, values, locale } = event.data;
  const rank = rankWords(values, locale);
  self.postMessage({ id, rank } satisfies RankAnswer, { transfer: [rank.buffer] });
};
