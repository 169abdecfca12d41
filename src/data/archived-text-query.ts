import { queryOptions } from '@tanstack/react-query';
import { fetchOwnFile } from '../lib/inlined-files';

/** Reads an archived source text from the app's own origin (from the page itself in an offline copy). */
async function readArchivedText(path: string, signal: AbortSignal): Promise<string> {
  const response = await fetchOwnFile(path, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
}

/**
 * The archived text at `path` (a dataset's base URL and the source's `file`), read once per page:
 * the files do not change while the app runs. The reader shows it; the quote check reads the same.
 */
export function archivedTextQuery(path: string) {
  return queryOptions({
    queryKey: ['archived-text', path],
    queryFn: ({ signal }) => readArchivedText(path, signal),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
