import { useCallback, useEffect, useState } from 'react';

/**
 * The search box's text. What is typed goes to the filters after a pause (`delay` ms); a query
 * changed from outside (Back/Forward, removing its chip) replaces the text. The filters coming back
 * with the box's own last commit are not a change from outside: when they arrive after the user has
 * typed on, what was typed stays. The third element puts a text in the box and commits it at once
 * (a "Did you mean" suggestion taken).
 */
export function useSearchDraft(query: string, commit: (text: string) => void, delay = 150): [string, (text: string) => void, (text: string) => void] {
  const [text, setText] = useState(query);
  const [seenQuery, setSeenQuery] = useState(query);
  const [sent, setSent] = useState<string | null>(null);
  if (query !== seenQuery) {
    setSeenQuery(query);
    if (query !== sent) setText(query);
  }

  useEffect(() => {
    if (text === query) return;
    const timer = setTimeout(() => {
      setSent(text);
      commit(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, query, commit, delay]);

  const replace = useCallback(
    (next: string) => {
      setText(next);
      setSent(next);
      commit(next);
    },
    [commit],
  );

  return [text, setText, replace];
}
