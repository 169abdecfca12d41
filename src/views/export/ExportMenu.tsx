import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { usePanel } from '../../store/use-panel';
import type { ExportContext } from './export-actions';
import { defaultFigureTitle } from './export-caption';
import type { FigureKind } from './figure-parts';
import { useExportAction } from './use-export-action';
import { useFigureText } from './use-figure-text';
import './export.css';

type ExportActions = typeof import('./export-actions');

const FIGURES: readonly FigureKind[] = ['dashboard', 'map', 'timeline'];

/**
 * Downloads for the whole dashboard: report figures (the views together, the map alone, the
 * timeline alone: drawings and keys without their controls, with a title, the filters in words,
 * the source and the date; a small dialog first offers the title and a note), and the filtered
 * initiatives as CSV (with a companion file, in a .zip) and JSON, in the display language.
 * Exports what the panels show: the deferred filters with the rows they cut. The code that makes
 * the files loads when an export is chosen (the charts' chunk, fetched after the first paint,
 * usually has it already).
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const f = useFormatter();
  const { dataset, filters, rows: filtered, index } = usePanel();
  const { status, busy, run } = useExportAction();
  const { ask, dialog } = useFigureText();
  const withActions = (make: (actions: ExportActions, context: ExportContext) => Promise<string> | string) => async () => {
    const actions = await import('./export-actions');
    return make(actions, { dataset, filters, filtered, total: index.rows.length, filterLabels: actions.filterLabels(filters, dataset, f), f });
  };
  const count = filtered.length;
  // The default title is worded here, so the dialog opens at once; the export code loads after it.
  const exportFigure = async (kind: FigureKind) => {
    if (busy) return;
    const title = defaultFigureTitle(dataset.manifest, kind, f);
    const text = await ask(kind, t(`exports.what.${kind}`), title);
    if (text) await run(kind, withActions((actions, context) => actions.exportFigurePng(context, kind, text)));
  };
  return (
    <div className="export-menu" role="group" aria-label={t('exports.menu.label')} data-export-skip="">
      <span className="export-label" aria-hidden="true">
        {t('exports.menu.label')}
      </span>
      {FIGURES.map((kind) => (
        <button
          key={kind}
          type="button"
          className="button small"
          aria-disabled={busy}
          title={t(`exports.menu.figureTitle.${kind}`)}
          onClick={() => void exportFigure(kind)}
        >
          {t(`exports.menu.figure.${kind}`)}
        </button>
      ))}
      <button type="button" className="button small" aria-disabled={busy} onClick={() => run('csv', withActions((actions, context) => actions.exportCsv(context)))} title={t('exports.menu.csvTitle', { count, number: f.count(count) })}>
        {t('exports.menu.csv')}
      </button>
      <button type="button" className="button small" aria-disabled={busy} onClick={() => run('json', withActions((actions, context) => actions.exportJson(context)))} title={t('exports.menu.jsonTitle', { count, number: f.count(count) })}>
        {t('exports.menu.json')}
      </button>
      <span className={`export-status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.message ?? ''}
      </span>
      {dialog}
    </div>
  );
}
