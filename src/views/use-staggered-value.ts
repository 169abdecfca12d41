import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TaskQueue } from '../lib/task-queue';

/**
 * `value`, but taken up in turn: when it changes, this component's update waits in `queue` behind
 * the updates of the other components sharing it, and renders as a transition in a task of its
 * own. Expensive siblings (the charts) then commit one after another in separate tasks instead of
 * in one long task, so input and paint get in between. The first value is taken at once.
 * `isSame` says when a new value needs no redraw (e.g. only a field this component ignores changed).
 */
export function useStaggeredValue<T>(value: T, queue: TaskQueue, isSame: (a: T, b: T) => boolean = Object.is): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const shownRef = useRef(shown);
  const queued = useRef(false);
  const finishCommit = useRef<(() => void) | null>(null);
  const mounted = useRef(true);
  // What a queued job reads when its turn comes (after this commit).
  useLayoutEffect(() => {
    latest.current = value;
    shownRef.current = shown;
  });

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      finishCommit.current?.();
    };
  }, []);

  useEffect(() => {
    if (queued.current || isSame(shown, value)) return;
    queued.current = true;
    queue.enqueue((done) => {
      queued.current = false;
      const next = latest.current;
      if (!mounted.current || isSame(shownRef.current, next)) return done();
      finishCommit.current = done;
      startTransition(() => setShown(next));
    });
  }, [value, shown, queue, isSame]);

  // This component committed what its job set: let the next one go.
  useEffect(() => {
    const done = finishCommit.current;
    finishCommit.current = null;
    done?.();
  }, [shown]);

  return shown;
}
