import type { Dataset } from '../../data/dataset';
import type { Filters } from '../../filters/filters';
import type { Formatter } from '../../i18n/format';
import type { IndexedInitiative } from '../../model/dataset-index';
import { manifestText } from '../../model/localised';
import { toExportCredit, toFiltersLine, toShowingLine } from './export-caption';
import { downloadBlob, exportFileName } from '../../lib/export-download';
import { toJsonExport, toJsonText } from './export-json';
import { renderFigurePng, renderSlidePng } from './export-png';
import { ExportFailure } from './export-failure';
import { figureParts, keepInFigure, type FigureKind } from './figure-parts';
import { toExportRows } from './export-rows';
import { toFilterChips } from '../../filters/filter-chips';

/** What every export needs from the dashboard state, and the display language to write it in. */
export interface ExportContext {
  dataset: Dataset;
  filters: Filters;
  filtered: readonly IndexedInitiative[];
  total: number;
  /** The active filters as the chips show them, in the display language. */
  filterLabels: readonly string[];
  f: Formatter;
}

/** The active filters as the chips word them, in the formatter's language. */
export function filterLabels(filters: Filters, dataset: Dataset, f: Formatter): string[] {
  return toFilterChips(filters, dataset, f).map((chip) => chip.label);
}

/** Saves the filtered initiatives as CSV (UTF-8 with a byte-order mark so spreadsheets read Chinese names) and returns the file name. */
export async function exportCsv(context: ExportContext, at = new Date()): Promise<string> {
  const { f } = context;
  const name = exportFileName(f.t('exports.file.initiatives'), 'csv', at, f.t('exports.file.fallback'));
  // papaparse is loaded on the first CSV export.
  const { toCsvFile } = await import('./export-csv');
  const text = toCsvFile(toExportRows(context.filtered, context.dataset, f), f);
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

export function exportJson(context: ExportContext, at = new Date()): string {
  const { f } = context;
  const name = exportFileName(f.t('exports.file.initiatives'), 'json', at, f.t('exports.file.fallback'));
  const data = toJsonExport(context.filtered, context.dataset, context.filters, [...context.filterLabels], at, f.locale);
  downloadBlob(new Blob([toJsonText(data)], { type: 'application/json' }), name);
  return name;
}

/**
 * A report figure, not a screenshot: the views' drawings and keys without their controls (zoom,
 * Play, date fields, lists), under a title, the count and the filters in words, over the source
 * and the date. The same text goes into the PNG's text chunks (Title, Description, Source, Creation Time).
 */
export async function exportFigurePng(context: ExportContext, kind: FigureKind, at = new Date()): Promise<string> {
  const { f } = context;
  const parts = figureParts(kind);
  if (parts.length === 0) throw new ExportFailure('noFigure');
  const name = exportFileName(f.t(`exports.file.${kind}`), 'png', at, f.t('exports.file.fallback'));
  const title = f.t(`exports.figure.title.${kind}`, { title: manifestText(context.dataset.manifest, f.locale).title });
  const lines = [toShowingLine(context.filtered.length, context.total, f), toFiltersLine(context.filterLabels, f)];
  const credit = toExportCredit(context.dataset.manifest, at, f);
  const blob = await renderFigurePng(parts, { title, lines, credit }, {
    filter: keepInFigure,
    metadata: { Title: title, Description: lines.join('\n'), Source: credit, 'Creation Time': at.toISOString() },
  });
  downloadBlob(blob, name);
  return name;
}

/** One chart card, which already shows its title (in the display language), legend and filters; adds the credit and date. */
export async function exportChartPng(dataset: Dataset, node: HTMLElement, title: string, f: Formatter, at = new Date()): Promise<string> {
  const name = exportFileName(f.t('exports.file.chart', { title }), 'png', at, f.t('exports.file.fallback'));
  const blob = await renderSlidePng(node, { lines: [], credit: toExportCredit(dataset.manifest, at, f) });
  downloadBlob(blob, name);
  return name;
}
