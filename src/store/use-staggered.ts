import { startTransition, useEffect, useRef, useState } from 'react';
import type { Source } from './source';

/**
 * The source's value, taken up in turn: when it changes, this component's update waits in the
 * source's queue behind the other components reading it, and renders as a transition in a task of
 * its own. Expensive siblings (the charts) then commit one after another in separate tasks instead
 * of in one long task, so input and paint get in between. The component re-renders only when its
 * turn comes; the first value is taken at once. `isSame` says when a new value needs no redraw.
 */
export function useStaggered<T>(source: Source<T>, isSame: (a: T, b: T) => boolean = Object.is): T {
  const [shown, setShown] = useState(source.get);
  const shownRef = useRef(shown);
  const finishCommit = useRef<(() => void) | null>(null);
  const request = useRef<() => void>(() => undefined);
  const same = useRef(isSame);

  useEffect(() => {
    same.current = isSame;
  });

  useEffect(() => {
    let mounted = true;
    let queued = false;
    request.current = () => {
      if (queued || same.current(shownRef.current, source.get())) return;
      queued = true;
      source.queue.enqueue((done) => {
        queued = false;
        const next = source.get();
        if (!mounted || same.current(shownRef.current, next)) return done();
        finishCommit.current = done;
        startTransition(() => setShown(next));
      });
    };
    // A value published between this component's render and now is taken up too.
    request.current();
    const unsubscribe = source.subscribe(() => request.current());
    return () => {
      mounted = false;
      unsubscribe();
      finishCommit.current?.();
    };
  }, [source]);

  // This component committed what its turn set: let the next one go, and catch up if the source moved on.
  useEffect(() => {
    shownRef.current = shown;
    const done = finishCommit.current;
    finishCommit.current = null;
    done?.();
    request.current();
  }, [shown]);

  return shown;
}
