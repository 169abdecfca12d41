import type { Dataset } from '../../data/dataset';
import type { Formatter } from '../../i18n/format';
import { describePlaces, partnerNames } from '../../model/describe-initiative';
import { partnerKindsOf, type IndexedInitiative } from '../../model/dataset-index';
import { instrumentLabel, organisationKindLabel, statusLabel } from '../../model/labels';
import { gazetteerProvinceName, initiativeSummary, initiativeTitle, reasonText, sectorLabel } from '../../model/localised';

/** Separator inside a cell that lists several values: "; " in English, "；" in Chinese. */
export const listSeparator = (f: Formatter): string => f.t('exports.csv.listSeparator');

/**
 * One initiative as a flat record, one column per field: what the CSV holds. Labels, names and
 * dates are in the display language; ids, paths and the ISO date stay as the dataset has them.
 */
export interface ExportRow {
  id: string;
  title: string;
  summary: string;
  /** Empty when the title and summary are the dataset's own; else that they are the curator's translation, or English shown for want of one. */
  translation: string;
  /** At its precision in the display language: "30 Nov 2020", "2025年2月", "date unknown". */
  date: string;
  /** As precise as the source allows: "2020-11-30", "2025-02", "2021", or empty when unknown. */
  date_iso: string;
  date_precision: string;
  /** "stated" or "inferred" (原文所述, 推断). */
  date_basis: string;
  date_reason: string;
  status: string;
  instrument: string;
  partners: string;
  partner_ids: string;
  partner_kinds: string;
  places: string;
  provinces: string;
  sectors: string;
  source_titles: string;
  /** Archived source texts, as paths in the repository ("data/sources/x.txt"). */
  source_files: string;
}

export const EXPORT_COLUMNS: ReadonlyArray<keyof ExportRow> = [
  'id',
  'title',
  'summary',
  'translation',
  'date',
  'date_iso',
  'date_precision',
  'date_basis',
  'date_reason',
  'status',
  'instrument',
  'partners',
  'partner_ids',
  'partner_kinds',
  'places',
  'provinces',
  'sectors',
  'source_titles',
  'source_files',
];

/** The CSV's header row in the display language: the column names in English, 编号, 标题… in Chinese. */
export function exportHeaders(f: Formatter): string[] {
  return EXPORT_COLUMNS.map((column) => f.t(`exports.csv.column.${column}`));
}

const unique = (values: Iterable<string>) => [...new Set(values)];

export function toExportRow(row: IndexedInitiative, dataset: Dataset, f: Formatter): ExportRow {
  const { initiative } = row;
  const { locale, t } = f;
  const separator = listSeparator(f);
  const provinces = unique(
    initiative.places.flatMap((place) => {
      const hit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
      return hit ? [gazetteerProvinceName(hit, locale)] : [];
    }),
  );
  const sources = initiative.sources.map((ref) => dataset.sources.get(ref.source));
  const folder = dataset.baseUrl.replace(/^\//, '');
  const title = initiativeTitle(initiative, locale);
  const summary = initiativeSummary(initiative, locale);
  const translated = title.translated || summary.translated;
  const fallback = title.fallback || summary.fallback;
  return {
    id: initiative.id,
    title: title.text,
    summary: summary.text,
    translation: translated ? t('common.translation.curator') : fallback ? t('common.translation.fallback') : '',
    date: f.dateValue(initiative.date),
    date_iso: initiative.date.value ?? '',
    date_precision: t(`exports.csv.precision.${initiative.date.precision}`),
    date_basis: t(`common.date.${initiative.date.basis}`),
    date_reason: reasonText(initiative.date, locale)?.text ?? '',
    status: statusLabel(t, initiative.status),
    instrument: instrumentLabel(t, initiative.instrument),
    partners: partnerNames(dataset, initiative, locale).join(separator),
    partner_ids: initiative.parties.map((p) => p.organisation).join(separator),
    partner_kinds: unique(partnerKindsOf(row).map((kind) => organisationKindLabel(t, kind))).join(separator),
    places: describePlaces(dataset, initiative, f),
    provinces: provinces.join(separator),
    sectors: initiative.sectors
      .map((id) => {
        const sector = dataset.sectors.get(id);
        return sector ? sectorLabel(sector, locale) : id;
      })
      .join(separator),
    source_titles: sources.map((s, i) => s?.title ?? s?.publisher ?? t('exports.csv.untitledSource', { id: initiative.sources[i]!.source })).join(separator),
    source_files: sources.map((s, i) => (s ? `${folder}${s.file}` : initiative.sources[i]!.source)).join(separator),
  };
}

export function toExportRows(rows: readonly IndexedInitiative[], dataset: Dataset, f: Formatter): ExportRow[] {
  return rows.map((row) => toExportRow(row, dataset, f));
}
