import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankWords } from '../../src/derive/rank-words';
import type { RankAnswer, RankRequest } from '../../src/derive/rank-words-off-thread';

/** A worker that ranks as the real one does, answering its requests in reverse order, or failing. */
function fakeWorker(behaviour: 'answer-reversed' | 'fail') {
  const created: unknown[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<RankAnswer>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    private readonly queue: RankRequest[] = [];
    constructor() {
      created.push(this);
    }
    postMessage(request: RankRequest) {
      this.queue.push(request);
      setTimeout(() => {
        if (behaviour === 'fail') return this.onerror?.(new Event('error') as ErrorEvent);
        for (const r of this.queue.splice(0).reverse()) this.onmessage?.({ data: { id: r.id, rank: rankWords(r.values, r.locale) } } as MessageEvent<RankAnswer>);
      }, 0);
    }
    terminate() {}
  }
  return { FakeWorker, created };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('rankWordsOffThread', () => {
  it('gives the same ranks where there is no worker (as in Node)', async () => {
    const { rankWordsOffThread } = await import('../../src/derive/rank-words-off-thread');
    const values = ['c', 'a', null, 'b'];
    expect([...(await rankWordsOffThread(values, 'en'))]).toEqual([...rankWords(values, 'en')]);
  });

  it('starts one worker ahead of use and matches each answer to its request, whatever their order', async () => {
    const { FakeWorker, created } = fakeWorker('answer-reversed');
    vi.stubGlobal('Worker', FakeWorker);
    const { rankWordsOffThread, startRankingWorker } = await import('../../src/derive/rank-words-off-thread');
    startRankingWorker();
    expect(created).toHaveLength(1);
    const english = rankWordsOffThread(['beta', 'Alpha'], 'en');
    const chinese = rankWordsOffThread(['浙江', '上海', '北京'], 'zh');
    expect([...(await english)]).toEqual([1, 0]);
    expect([...(await chinese)]).toEqual([2, 1, 0]);
    expect(created).toHaveLength(1);
  });

  it('ranks on the main thread what a failed worker was asked, and everything after', async () => {
    const { FakeWorker } = fakeWorker('fail');
    vi.stubGlobal('Worker', FakeWorker);
    const { rankWordsOffThread } = await import('../../src/derive/rank-words-off-thread');
    expect([...(await rankWordsOffThread(['b', 'a'], 'en'))]).toEqual([1, 0]);
    expect([...(await rankWordsOffThread(['c', 'a', 'b'], 'en'))]).toEqual([2, 0, 1]);
  });
});
