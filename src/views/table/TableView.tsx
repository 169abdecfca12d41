import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { useOrderedRows } from '../../store/use-ordered-rows';
import { usePanel } from '../../store/use-panel';
import { InitiativeTable } from './InitiativeTable';
import './table.css';

/** The table panel: the filtered initiatives in the shared order, with the line saying how many and how they are sorted ("6 initiatives, sorted by date, newest first"; not "Showing…", which is the header count). */
export function TableView() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { dataset, selectedId } = usePanel();
  const { rows, order, positionOf } = useOrderedRows();
  const titleId = useId();
  const summaryId = useId();
  const summary = (
    <p className="table-summary" id={summaryId}>
      {t('table.summary', { count: rows.length, n: format.count(rows.length), order: t(`table.order.${order.key}-${order.dir}`) })}{' '}
      <span className="muted table-keys">{t('table.keys')}</span>
    </p>
  );
  return (
    <section className="panel table-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('table.title')}</h2>
      <InitiativeTable dataset={dataset} rows={rows} order={order} positionOf={positionOf} selectedId={selectedId} summary={summary} summaryId={summaryId} labelledBy={titleId} />
    </section>
  );
}
