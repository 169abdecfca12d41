import { queryOptions } from '@tanstack/react-query';
import { archivedTextQuery } from './archived-text-query';
import type { DataProblem } from './data-problem';
import { datasetFileUrls } from './dataset-files';
import type { Dataset } from './dataset';
import type { Initiative } from './schema';

/** What a source's check found: the problems of every record citing it, and a check of any one record's quotes. */
export interface QuoteCheckResult {
  problems: DataProblem[];
  /** The problems of one initiative's quotes of this source, as shown (which may be a draft, not the dataset's). */
  checkInitiative(record: { id: string; sources: Initiative['sources'] }): DataProblem[];
}

/**
 * Whether the quotes that cite a source are in its archived text, checked in the browser by the
 * same code as `npm run data:check` (`findQuoteProblems`): the app never presents a quote as
 * verbatim unchecked. One query per source, run when a view first shows one of its quotes; the
 * answer covers every record that cites it (initiatives and organisations), and stays for the
 * page's life so the data problems panel can list it.
 */
export function quoteCheckQuery(dataset: Dataset, sourceId: string) {
  return queryOptions({
    queryKey: ['quote-check', dataset.baseUrl, sourceId],
    queryFn: async ({ client }): Promise<QuoteCheckResult> => {
      const source = dataset.sources.get(sourceId);
      if (!source) return { problems: [], checkInitiative: () => [] };
      const [text, { findQuoteProblems }] = await Promise.all([client.fetchQuery(archivedTextQuery(`${dataset.baseUrl}${source.file}`)), import('./check-references')]);
      const paths = new Map(datasetFileUrls(`${dataset.baseUrl}manifest.json`, dataset.manifest));
      const texts = new Map([[sourceId, text]]);
      const citing = <T extends { sources: ReadonlyArray<{ source: string }> }>(records: Iterable<T>) => [...records].filter((record) => record.sources.some((ref) => ref.source === sourceId));
      const initiatives = paths.get('initiatives') ?? 'initiatives.json';
      return {
        problems: [
          ...findQuoteProblems(initiatives, citing(dataset.initiatives), texts),
          ...findQuoteProblems(paths.get('organisations') ?? 'organisations.json', citing(dataset.organisations.values()), texts),
        ],
        checkInitiative: (record) => findQuoteProblems(initiatives, [record], texts),
      };
    },
    // The answer holds a function: kept as it is, not compared field by field.
    structuralSharing: false,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** A quote's place in a record, as data:check names its field. */
export const quoteField = (sourceIndex: number, quoteIndex: number) => `sources.${sourceIndex}.quotes.${quoteIndex}.text`;
