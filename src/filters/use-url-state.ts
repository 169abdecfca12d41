import { useCallback, useEffect, useState } from 'react';
import { formatUrlState, parseUrlState, type UrlNotice, type UrlState } from './url-codec';

export interface SetUrlStateOptions {
  /** Replace the history entry instead of adding one (typing in the search box). */
  replace?: boolean;
}

/**
 * The filters and selection, read from and written to the URL so a link reproduces the view and
 * Back/Forward step through changes.
 */
export function useUrlState() {
  const [parsed, setParsed] = useState(() => parseUrlState(window.location.search));

  useEffect(() => {
    const onPopState = () => setParsed(parseUrlState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

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
