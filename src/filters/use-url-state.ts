import { useCallback, useEffect, useState } from 'react';
import { formatUrlState, parseUrlState, type UrlNotice, type UrlState } from './url-codec';

export interface SetUrlStateOptions {
  /** Replace the history entry instead of adding one (typing in the search box). */
  replace?: boolean;
}

/** A further check of a parsed state against the loaded dataset (unknown ids are dropped). */
export type CheckState = (state: UrlState) => { state: UrlState; notices: UrlNotice[] };

const acceptAll: CheckState = (state) => ({ state, notices: [] });

/** Parses the current URL; values the check drops are also removed from the address bar. */
function readLocation(check: CheckState): { state: UrlState; notices: UrlNotice[] } {
  const parsed = parseUrlState(window.location.search);
  const checked = check(parsed.state);
  if (checked.state !== parsed.state) {
    const search = formatUrlState(checked.state, window.location.search);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }
  return { state: checked.state, notices: [...parsed.notices, ...checked.notices] };
}

/**
 * The filters and selection, read from and written to the URL so a link reproduces the view and
 * Back/Forward step through changes.
 */
export function useUrlState(check: CheckState = acceptAll) {
  const [parsed, setParsed] = useState(() => readLocation(check));

  useEffect(() => {
    const onPopState = () => setParsed(readLocation(check));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [check]);

  const setState = useCallback((update: (state: UrlState) => UrlState, options: SetUrlStateOptions = {}) => {
    setParsed((current) => {
      const next = update(current.state);
      if (next === current.state) return current;
      const search = formatUrlState(next, window.location.search);
      if (search !== window.location.search) {
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (options.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return { state: next, notices: current.notices };
    });
  }, []);

  const dismissNotices = useCallback(() => setParsed((current) => ({ ...current, notices: [] as UrlNotice[] })), []);

  return { state: parsed.state, notices: parsed.notices, setState, dismissNotices };
}
