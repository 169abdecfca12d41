import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterClause } from '../../filters/filters';
import { useFormatter } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';
import type { Panel } from '../../store/use-panel';
import { exportChartPng, exportChartSvg } from '../export/export-actions';
import { useExportAction } from '../export/use-export-action';
import { useFigureText } from '../export/use-figure-text';
import { FilterNote } from './FilterNote';

export interface ChartCardProps {
  /** The snapshot the chart draws, whose filters the card lists. */
  panel: Pick<Panel, 'filters' | 'playhead'>;
  title: string;
  /** What one unit of the chart is, in plain words. */
  counted: ReactNode;
  /** The filter clauses this chart sets: highlighted here, applied in the other views. */
  own: readonly FilterClause[];
  legend?: ReactNode;
  chart: ReactNode;
  /** The same numbers as an accessible table. */
  table: ReactNode;
  /** Said instead of the chart when there is nothing to draw. */
  empty?: string | null;
  footnote?: ReactNode;
  className?: string;
}

/**
 * A chart with its title, what it counts, the filters, a legend, a table toggle and PNG and SVG
 * downloads (each asks for the title and a note first).
 */
export function ChartCard({ panel, title, counted, own, legend, chart, table, empty, footnote, className }: ChartCardProps) {
  const { dataset } = useCore();
  const { t } = useTranslation();
  const formatter = useFormatter();
  const headingId = useId();
  /** What the PNG shows: everything but the card's frame and the status line. */
  const figure = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const { status, busy, run } = useExportAction();
  const { ask, dialog } = useFigureText();
  const download = async (format: 'png' | 'svg') => {
    if (busy) return;
    const what = format === 'png' ? 'chart' : 'chartSvg';
    const text = await ask(`chart:${title}`, t(`exports.what.${what}`), title);
    const node = figure.current;
    if (!text || !node) return;
    await run(what, () => (format === 'png' ? exportChartPng : exportChartSvg)(dataset, node, text, formatter));
  };
  return (
    <section className={`chart-card ${className ?? ''}`} aria-labelledby={headingId}>
      <div ref={figure} className="chart-figure">
        <div className="chart-head">
          <h3 id={headingId}>{title}</h3>
          <div className="chart-actions" data-export-skip="">
            <button type="button" className="button small" aria-pressed={showTable} onClick={() => setShowTable(!showTable)}>
              {t('charts.card.showTable')}
            </button>
            <button
              type="button"
              className="button small"
              aria-disabled={busy}
              aria-label={t('charts.card.downloadPng', { title })}
              onClick={() => void download('png')}
            >
              {t('charts.card.png')}
            </button>
            <button type="button" className="button small" aria-disabled={busy} aria-label={t('exports.chart.downloadSvg', { title })} onClick={() => void download('svg')}>
              {t('exports.chart.svg')}
            </button>
          </div>
        </div>
        <p className="chart-counted">{counted}</p>
        <FilterNote own={own} filters={panel.filters} playhead={panel.playhead} />
        {empty ? (
          <p className="empty">{empty}</p>
        ) : (
          <>
            {legend}
            {showTable ? <div className="chart-table-wrap">{table}</div> : chart}
          </>
        )}
        {footnote && <p className="chart-footnote">{footnote}</p>}
      </div>
      <p className="chart-export-status" role="status" aria-live="polite" data-export-skip="">
        {status?.message ?? ''}
      </p>
      {dialog}
    </section>
  );
}
