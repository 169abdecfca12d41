import type { Dataset } from '../../data/dataset';
import type { Filters } from '../../filters/filters';
import type { IndexedInitiative } from '../../model/dataset-index';
import { toExportCredit, toFiltersLine, toShowingLine } from './export-caption';
import { downloadBlob, exportFileName } from '../../lib/export-download';
import { toJsonExport, toJsonText } from './export-json';
import { renderSlidePng } from './export-png';
import { toExportRows } from './export-rows';
import { toFilterChips } from '../../filters/filter-chips';

/** What every export needs from the dashboard state. */
export interface ExportContext {
  dataset: Dataset;
  filters: Filters;
  filtered: readonly IndexedInitiative[];
  total: number;
}

const FILE_STEM = 'carbon-initiatives';

export function filterLabels(context: Pick<ExportContext, 'dataset' | 'filters'>): string[] {
  return toFilterChips(context.filters, context.dataset).map((chip) => chip.label);
}

/** Saves the filtered initiatives as CSV (UTF-8 with a byte-order mark so spreadsheets read Chinese names) and returns the file name. */
export async function exportCsv(context: ExportContext, at = new Date()): Promise<string> {
  const name = exportFileName(FILE_STEM, 'csv', at);
  // papaparse is loaded on the first CSV export.
  const { toCsv } = await import('./export-csv');
  const csv = toCsv(toExportRows(context.filtered, context.dataset));
  downloadBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

export function exportJson(context: ExportContext, at = new Date()): string {
  const name = exportFileName(FILE_STEM, 'json', at);
  const data = toJsonExport(context.filtered, context.dataset, context.filters, filterLabels(context), at);
  downloadBlob(new Blob([toJsonText(data)], { type: 'application/json' }), name);
  return name;
}

/** The whole dashboard (`node`, usually <main>) under the dataset title, the count and the filters. */
export async function exportDashboardPng(context: ExportContext, node: HTMLElement, at = new Date()): Promise<string> {
  const name = exportFileName(`${FILE_STEM}-dashboard`, 'png', at);
  const blob = await renderSlidePng(node, {
    title: context.dataset.manifest.title,
    lines: [toShowingLine(context.filtered.length, context.total), toFiltersLine(filterLabels(context))],
    credit: toExportCredit(context.dataset.manifest, at),
  });
  downloadBlob(blob, name);
  return name;
}

/** One chart card, which already shows its title, legend and filters; adds the credit and date. */
export async function exportChartPng(dataset: Dataset, node: HTMLElement, title: string, at = new Date()): Promise<string> {
  const name = exportFileName(`chart-${title}`, 'png', at);
  const blob = await renderSlidePng(node, { lines: [], credit: toExportCredit(dataset.manifest, at) });
  downloadBlob(blob, name);
  return name;
}
