import type { Dataset } from '../../data/dataset';
import { describePlaces, partnerNames } from '../../model/describe-initiative';
import { partnerKindsOf, type IndexedInitiative } from '../../model/dataset-index';
import { INSTRUMENT_LABELS, ORGANISATION_KIND_LABELS, STATUS_LABELS } from '../../model/labels';

/** Separator inside a cell that lists several values. */
export const LIST_SEPARATOR = '; ';

/** One initiative as a flat record, one column per field: what the CSV holds. */
export interface ExportRow {
  id: string;
  title: string;
  summary: string;
  /** As precise as the source allows: "2020-11-30", "2025-02", "2021", or empty when unknown. */
  date: string;
  date_precision: string;
  /** "stated" or "inferred". */
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
  'date',
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

const unique = (values: Iterable<string>) => [...new Set(values)];

export function toExportRow(row: IndexedInitiative, dataset: Dataset): ExportRow {
  const { initiative } = row;
  const provinces = unique(
    initiative.places.flatMap((place) => {
      const hit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
      return hit ? [hit.provinceEn] : [];
    }),
  );
  const sources = initiative.sources.map((ref) => dataset.sources.get(ref.source));
  const folder = dataset.baseUrl.replace(/^\//, '');
  return {
    id: initiative.id,
    title: initiative.title,
    summary: initiative.summary,
    date: initiative.date.value ?? '',
    date_precision: initiative.date.precision,
    date_basis: initiative.date.basis,
    date_reason: initiative.date.reason ?? '',
    status: STATUS_LABELS[initiative.status],
    instrument: INSTRUMENT_LABELS[initiative.instrument],
    partners: partnerNames(dataset, initiative).join(LIST_SEPARATOR),
    partner_ids: initiative.parties.map((p) => p.organisation).join(LIST_SEPARATOR),
    partner_kinds: unique(partnerKindsOf(row).map((kind) => ORGANISATION_KIND_LABELS[kind])).join(LIST_SEPARATOR),
    places: describePlaces(dataset, initiative),
    provinces: provinces.join(LIST_SEPARATOR),
    sectors: initiative.sectors.map((id) => dataset.sectors.get(id)?.label ?? id).join(LIST_SEPARATOR),
    source_titles: sources.map((s, i) => s?.title ?? s?.publisher ?? `untitled (${initiative.sources[i]!.source})`).join(LIST_SEPARATOR),
    source_files: sources.map((s, i) => (s ? `${folder}${s.file}` : initiative.sources[i]!.source)).join(LIST_SEPARATOR),
  };
}

export function toExportRows(rows: readonly IndexedInitiative[], dataset: Dataset): ExportRow[] {
  return rows.map((row) => toExportRow(row, dataset));
}
