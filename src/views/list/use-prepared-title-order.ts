import { useEffect } from 'react';
import { orderValue } from '../../derive/order-values';
import { useFormatter } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';
import { afterReady } from '../ready-marks';

/**
 * Once the dashboard is ready and the browser idle, ranks the titles in the display language in a
 * worker, so the first sort by title (list or table) takes as little as any other: at 100,000
 * titles the ranking alone is a few hundred ms of collation. Again for each language shown.
 */
export function usePreparedTitleOrder(): void {
  const { sorter, dataset } = useCore();
  const format = useFormatter();
  useEffect(() => {
    let idle: number | null = null;
    const cancelReady = afterReady(() => {
      const prepare = () => void sorter.prepare('title', orderValue('title', dataset, format), format.locale);
      idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(prepare, { timeout: 2000 }) : window.setTimeout(prepare, 100);
    });
    return () => {
      cancelReady();
      if (idle === null) return;
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [sorter, dataset, format]);
}
