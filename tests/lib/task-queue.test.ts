import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTaskQueue } from '../../src/lib/task-queue';

describe('createTaskQueue', () => {
  afterEach(() => vi.useRealTimers());

  it('runs jobs one per task, in order, each after the previous one says done', async () => {
    vi.useFakeTimers();
    const queue = createTaskQueue();
    const log: string[] = [];
    let finishA: () => void = () => {};
    queue.enqueue((done) => {
      log.push('a');
      finishA = done;
    });
    queue.enqueue((done) => {
      log.push('b');
      done();
    });
    expect(log).toEqual([]); // nothing runs in the task that queued it
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(50);
    expect(log).toEqual(['a']); // b waits for a
    expect(queue.pending).toBe(2);
    finishA();
    finishA(); // idempotent: does not start a third job or skip one
    expect(log).toEqual(['a']); // b starts in a later task
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['a', 'b']);
    expect(queue.pending).toBe(0);
  });

  it('moves on when a job never says done, after the timeout', async () => {
    vi.useFakeTimers();
    const queue = createTaskQueue({ timeoutMs: 100 });
    const log: string[] = [];
    queue.enqueue(() => log.push('lost'));
    queue.enqueue((done) => {
      log.push('next');
      done();
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(log).toEqual(['lost']);
    await vi.advanceTimersByTimeAsync(2);
    expect(log).toEqual(['lost', 'next']);
  });

  it('moves on when a job throws', async () => {
    const errors: unknown[] = [];
    const queue = createTaskQueue({ schedule: (run) => queueMicrotask(() => { try { run(); } catch (e) { errors.push(e); } }) });
    const log: string[] = [];
    queue.enqueue(() => {
      throw new Error('broken');
    });
    queue.enqueue((done) => {
      log.push('next');
      done();
    });
    await vi.waitFor(() => expect(log).toEqual(['next']));
    expect(errors).toHaveLength(1);
  });
});
