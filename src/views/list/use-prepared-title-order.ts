import { useEffect } from 'react';
import { orderValue } from '../../derive/order-values';
import { useFormatter } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';

/**
 * As soon as the list first draws, ranks the titles in the display language in a worker, so the
 * first sort by title (list or table) takes as little as any other: at 100,000 titles the ranking
 * alone is a few hundred ms of collation, done on the other core while the rest of the dashboard
 * draws. Again for each language shown.
 */
export function usePreparedTitleOrder(): void {
  const { sorter, dataset } = useCore();
  const format = useFormatter();
  useEffect(() => {
    void sorter.prepare('title', orderValue('title', dataset, format), format.locale);
  }, [sorter, dataset, format]);
}
