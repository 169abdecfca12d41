import type { Dataset } from '../../data/dataset';
import type { Filters } from '../../filters/filters';
import type { Formatter } from '../../i18n/format';
import type { IndexedInitiative } from '../../model/dataset-index';
import { toExportCredit, toFiltersLine, toShowingLine } from './export-caption';
import { downloadBlob, exportFileName } from '../../lib/export-download';
import { toJsonExport, toJsonText } from './export-json';
import { renderFigurePng } from './export-png';
import { ExportFailure } from './export-failure';
import { figureParts, keepInFigure, type FigureKind } from './figure-parts';
import { toExportRows } from './export-rows';
import { EXPORT_FILES, toAboutRows } from './export-about';
import type { FigureText } from './figure-text';
import { keepInExport } from '../../lib/capture';
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

/**
 * Saves the filtered initiatives for a report as a .zip of two CSV files (UTF-8 with a byte-order
 * mark so spreadsheets read Chinese names): initiatives.csv, one row each with names in both
 * languages, coordinates, dates with their precision and basis, and the first quote; about.csv,
 * the dataset, its version, the filters in words, the count, the date and what each column means.
 * Returns the file name.
 */
export async function exportCsv(context: ExportContext, at = new Date()): Promise<string> {
  const { f } = context;
  const name = exportFileName(f.t('exports.file.initiatives'), 'zip', at, f.t('exports.file.fallback'));
  // papaparse and fflate are loaded on the first CSV export.
  const { toCsvFile, toTableCsv, toZip, withBom } = await import('./export-csv');
  const about = toAboutRows({ dataset: context.dataset, filterLabels: context.filterLabels, rows: context.filtered.length, total: context.total, at, f });
  const zip = toZip({ [EXPORT_FILES.initiatives]: toCsvFile(toExportRows(context.filtered, context.dataset, f), f), [EXPORT_FILES.about]: withBom(toTableCsv(about)) }, at);
  downloadBlob(new Blob([zip], { type: 'application/zip' }), name);
  return name;
}

export function exportJson(context: ExportContext, at = new Date()): string {
  const { f } = context;
  const name = exportFileName(f.t('exports.file.initiatives'), 'json', at, f.t('exports.file.fallback'));
  const data = toJsonExport(context.filtered, context.dataset, context.filters, [...context.filterLabels], at, f.locale);
  downloadBlob(new Blob([toJsonText(data)], { type: 'application/json' }), name);
  return name;
}

/** "Note: …" for the figure's foot, or nothing when the note is empty. */
function noteLine(text: FigureText, f: Formatter): string | undefined {
  return text.note ? f.t('exports.caption.note', { note: text.note }) : undefined;
}

/** The PNG text chunks of an exported image: its words, for report tools (and checks). */
function pngMetadata(title: string, description: string, text: FigureText, credit: string, at: Date): Record<string, string> {
  return { Title: title, ...(description ? { Description: description } : {}), ...(text.note ? { Comment: text.note } : {}), Source: credit, 'Creation Time': at.toISOString() };
}

/**
 * A report figure, not a screenshot: the views' drawings and keys without their controls (zoom,
 * Play, date fields, lists), under a title, the count and the filters in words, over the note, the
 * source and the date. The same text goes into the PNG's text chunks (Title, Description, Comment,
 * Source, Creation Time).
 */
export async function exportFigurePng(context: ExportContext, kind: FigureKind, text: FigureText, at = new Date()): Promise<string> {
  const { f } = context;
  const parts = figureParts(kind);
  if (parts.length === 0) throw new ExportFailure('noFigure');
  const name = exportFileName(f.t(`exports.file.${kind}`), 'png', at, f.t('exports.file.fallback'));
  const lines = [toShowingLine(context.filtered.length, context.total, f), toFiltersLine(context.filterLabels, f)];
  const credit = toExportCredit(context.dataset.manifest, at, f);
  const blob = await renderFigurePng(parts, { title: text.title, lines, note: noteLine(text, f), credit }, {
    filter: keepInFigure,
    metadata: pngMetadata(text.title, lines.join('\n'), text, credit, at),
  });
  downloadBlob(blob, name);
  return name;
}

/** The card's own heading: the export draws the title the person chose instead. */
const headingOf = (node: HTMLElement): Element | null => node.querySelector('.chart-head h3');

/**
 * One chart card as a PNG: its legend, what it counts and its filters as on screen, under the
 * chosen title, over the note, the credit and the date.
 */
export async function exportChartPng(dataset: Dataset, node: HTMLElement, text: FigureText, f: Formatter, at = new Date()): Promise<string> {
  const name = exportFileName(f.t('exports.file.chart', { title: text.title }), 'png', at, f.t('exports.file.fallback'));
  const heading = headingOf(node);
  const credit = toExportCredit(dataset.manifest, at, f);
  const blob = await renderFigurePng([[[node]]], { title: text.title, lines: [], note: noteLine(text, f), credit }, {
    filter: (n) => n !== heading && keepInExport(n),
    metadata: pngMetadata(text.title, '', text, credit, at),
  });
  downloadBlob(blob, name);
  return name;
}

/**
 * One chart card as a standalone SVG (shapes and text, not a picture): the chart's drawing, legend,
 * what it counts and its filters as on screen, without its controls, under the chosen title, over
 * the note, the credit and the date.
 */
export async function exportChartSvg(dataset: Dataset, node: HTMLElement, text: FigureText, f: Formatter, at = new Date()): Promise<string> {
  const name = exportFileName(f.t('exports.file.chart', { title: text.title }), 'svg', at, f.t('exports.file.fallback'));
  const heading = headingOf(node);
  const { renderSvgFigure } = await import('./export-svg');
  const blob = await renderSvgFigure(node, { title: text.title, note: noteLine(text, f), credit: toExportCredit(dataset.manifest, at, f) }, (n) => n !== heading && keepInFigure(n), f.locale === 'zh' ? 'zh-CN' : 'en');
  downloadBlob(blob, name);
  return name;
}
