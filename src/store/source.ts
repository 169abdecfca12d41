import { createTaskQueue, type TaskQueue } from '../lib/task-queue';

/**
 * The last committed value of something a render made, for hooks that take it up later than that
 * render (in turn, through `queue`: see useStaggered).
 */
export interface Source<T> {
  get(): T;
  publish(value: T): void;
  subscribe(listener: () => void): () => void;
  /** The turn the hooks reading this source wait in. */
  queue: TaskQueue;
}

export function createSource<T>(first: T, queue: TaskQueue = createTaskQueue()): Source<T> {
  let current = first;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    publish(value) {
      if (Object.is(value, current)) return;
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    queue,
  };
}
