/** A chunk's import whose outcome can be read without waiting (React's `use` reads the same fields). */
export type TrackedPromise<T> = Promise<T> & { status: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * The chunk's import, started once. The promise says when it has settled in the fields React's
 * `use` reads (status, value, reason), so a panel whose chunk has arrived renders without suspending.
 */
export function trackedChunk<T>(load: () => Promise<T>): () => TrackedPromise<T> {
  let chunk: TrackedPromise<T> | null = null;
  return () => {
    if (!chunk) {
      const started: TrackedPromise<T> = Object.assign(load(), { status: 'pending' as const });
      // The handlers return nothing: returning `started` itself would make the promise `then` returns
      // adopt its rejection, unhandled.
      started.then(
        (value) => void Object.assign(started, { status: 'fulfilled', value }),
        (reason: unknown) => void Object.assign(started, { status: 'rejected', reason }),
      );
      chunk = started;
    }
    return chunk;
  };
}

/** The chunk's value when it has already arrived; undefined while it is on its way (or failed). */
export function arrived<T>(chunk: TrackedPromise<T>): T | undefined {
  return chunk.status === 'fulfilled' ? chunk.value : undefined;
}
