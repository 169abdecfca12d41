import { usePanel } from '../../store/use-panel';
import { exportCsv, exportDashboardPng, exportJson, type ExportContext } from './export-actions';
import { useExportAction } from './use-export-action';
import './export.css';

/**
 * Downloads for the whole dashboard: a PNG of the <main> landmark ready for a slide, and the
 * filtered initiatives as CSV and JSON. Exports what the panels show: the deferred filters with the rows they cut.
 */
export function ExportMenu() {
  const { dataset, filters, rows: filtered, index } = usePanel();
  const { status, busy, run } = useExportAction();
  const context: ExportContext = { dataset, filters, filtered, total: index.rows.length };
  const count = filtered.length;
  return (
    <div className="export-menu" role="group" aria-label="Download" data-export-skip="">
      <span className="export-label" aria-hidden="true">Download</span>
      <button
        type="button"
        className="button small"
        disabled={busy}
        onClick={() =>
          run('the dashboard image', async () => {
            const main = document.querySelector('main');
            if (!(main instanceof HTMLElement)) throw new Error('the dashboard is not on the page');
            return exportDashboardPng(context, main);
          })
        }
      >
        Dashboard PNG
      </button>
      <button type="button" className="button small" disabled={busy} onClick={() => run('CSV', () => exportCsv(context))} title={`${count} filtered initiatives, one row each`}>
        CSV
      </button>
      <button type="button" className="button small" disabled={busy} onClick={() => run('JSON', async () => exportJson(context))} title={`${count} filtered initiatives with their partners, sectors and sources`}>
        JSON
      </button>
      <span className={`export-status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.message ?? ''}
      </span>
    </div>
  );
}
