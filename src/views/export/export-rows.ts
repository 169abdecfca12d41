import type { Dataset } from '../../data/dataset';
import type { GazetteerPlace } from '../../data/schema';
import type { Formatter } from '../../i18n/format';
import { partnerKindsOf, type IndexedInitiative } from '../../model/dataset-index';
import { instrumentLabel, organisationKindLabel, statusLabel } from '../../model/labels';
import { reasonText } from '../../model/localised';
import type { ExportRow } from './export-columns';

export { EXPORT_COLUMNS, exportHeaders, type ExportColumn, type ExportRow } from './export-columns';

/** Separator inside a cell that lists several values: "; " in English, "；" in Chinese. */
export const listSeparator = (f: Pick<Formatter, 't'>): string => f.t('exports.csv.listSeparator');

const unique = (values: Iterable<string>) => [...new Set(values)];

/**
 * A coordinate as the gazetteer stores it (WGS 84 decimal degrees, a dot for the decimal point in
 * every language): a value for software to read, not a number for people, so not the Formatter's.
 */
const degrees = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** One initiative as a flat record: what the CSV and the workbook hold. */
export function toExportRow(row: IndexedInitiative, dataset: Dataset, f: Formatter): ExportRow {
  const { initiative } = row;
  const { locale, t } = f;
  const separator = listSeparator(f);
  // Per-place columns keep one item per place, empty where the dataset has nothing, so they line up.
  const aligned = (values: readonly string[]) => values.join(separator);
  const hits = initiative.places.map((place): GazetteerPlace | undefined => (place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined));
  const organisations = initiative.parties.map((party) => dataset.organisations.get(party.organisation));
  const sectors = initiative.sectors.map((id) => dataset.sectors.get(id));
  const sources = initiative.sources.map((ref) => dataset.sources.get(ref.source));
  const folder = dataset.baseUrl.replace(/^\//, '');
  const first = initiative.sources[0];
  const quote = first?.quotes[0];
  const quoteLanguage = first ? dataset.sources.get(first.source)?.language : undefined;
  const zh = initiative.translations?.zh;
  return {
    id: initiative.id,
    title_en: initiative.title,
    title_zh: zh?.title ?? '',
    summary_en: initiative.summary,
    summary_zh: zh?.summary ?? '',
    date: f.dateValue(initiative.date),
    date_iso: initiative.date.value ?? '',
    date_precision: t(`exports.csv.precision.${initiative.date.precision}`),
    date_basis: t(`common.date.${initiative.date.basis}`),
    date_reason: reasonText(initiative.date, locale)?.text ?? '',
    status: statusLabel(dataset, locale, initiative.status),
    status_code: initiative.status,
    instrument: instrumentLabel(dataset, locale, initiative.instrument),
    instrument_code: initiative.instrument,
    partners_en: aligned(organisations.map((org, i) => org?.name ?? initiative.parties[i]!.organisation)),
    partners_zh: aligned(organisations.map((org) => org?.nameZh ?? '')),
    partner_ids: aligned(initiative.parties.map((p) => p.organisation)),
    partner_kinds: unique(partnerKindsOf(row).map((kind) => organisationKindLabel(dataset, locale, kind))).join(separator),
    places_en: aligned(initiative.places.map((p) => p.name)),
    places_zh: aligned(initiative.places.map((p) => p.nameZh ?? '')),
    place_scopes: aligned(initiative.places.map((p) => p.scope)),
    place_bases: aligned(initiative.places.map((p) => p.basis)),
    gazetteer_ids: aligned(initiative.places.map((p) => p.gazetteerId ?? '')),
    gazetteer_names_en: aligned(hits.map((hit) => hit?.nameEn ?? '')),
    gazetteer_names_zh: aligned(hits.map((hit) => hit?.nameZh ?? '')),
    provinces_en: unique(hits.flatMap((hit) => (hit ? [hit.provinceEn] : []))).join(separator),
    provinces_zh: unique(hits.flatMap((hit) => (hit ? [hit.provinceZh] : []))).join(separator),
    latitudes: aligned(hits.map((hit) => degrees(hit?.lat))),
    longitudes: aligned(hits.map((hit) => degrees(hit?.lon))),
    sectors_en: aligned(sectors.map((s, i) => s?.label ?? initiative.sectors[i]!)),
    sectors_zh: aligned(sectors.map((s) => s?.labelZh ?? '')),
    sector_ids: aligned(initiative.sectors),
    quote: quote?.text ?? '',
    quote_language: quoteLanguage ?? '',
    quote_source: first?.source ?? '',
    quote_translation_en: quoteLanguage === 'en' ? '' : (quote?.translations?.en ?? ''),
    quote_translation_zh: quoteLanguage === 'zh' ? '' : (quote?.translations?.zh ?? ''),
    source_ids: aligned(initiative.sources.map((ref) => ref.source)),
    source_titles: aligned(sources.map((s, i) => s?.title ?? s?.publisher ?? t('exports.csv.untitledSource', { id: initiative.sources[i]!.source }))),
    source_urls: aligned(sources.map((s) => s?.url ?? '')),
    source_files: aligned(sources.map((s, i) => (s ? `${folder}${s.file}` : initiative.sources[i]!.source))),
  };
}

export function toExportRows(rows: readonly IndexedInitiative[], dataset: Dataset, f: Formatter): ExportRow[] {
  return rows.map((row) => toExportRow(row, dataset, f));
}
