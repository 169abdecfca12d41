import type { Dataset } from '../../data/dataset';
import type { Initiative, Organisation, Sector, Source } from '../../data/schema';
import type { Filters } from '../../filters/filters';
import type { Locale } from '../../i18n/locale';
import type { IndexedInitiative } from '../../model/dataset-index';

/**
 * A self-contained JSON export: the filtered initiatives as stored (ids and data as they are, every
 * language the dataset holds), with what they reference.
 */
export interface JsonExport {
  dataset: { title: string; synthetic: boolean };
  exportedAt: string;
  /** The display language the export was made in: the language of `filterLabels`. */
  language: Locale;
  filters: Filters;
  /** Human-readable active filters, as the chips show them, in `language`. */
  filterLabels: string[];
  count: number;
  initiatives: Initiative[];
  organisations: Organisation[];
  sectors: Sector[];
  sources: Source[];
}

function referenced<T>(ids: Iterable<string>, lookup: Map<string, T>): T[] {
  return [...new Set(ids)].flatMap((id) => {
    const item = lookup.get(id);
    return item ? [item] : [];
  });
}

export function toJsonExport(rows: readonly IndexedInitiative[], dataset: Dataset, filters: Filters, filterLabels: string[], exportedAt: Date, language: Locale): JsonExport {
  const initiatives = rows.map((row) => row.initiative);
  return {
    dataset: { title: dataset.manifest.title, synthetic: dataset.manifest.synthetic },
    exportedAt: exportedAt.toISOString(),
    language,
    filters,
    filterLabels,
    count: initiatives.length,
    initiatives,
    organisations: referenced(initiatives.flatMap((i) => i.parties.map((p) => p.organisation)), dataset.organisations),
    sectors: referenced(initiatives.flatMap((i) => i.sectors), dataset.sectors),
    sources: referenced(initiatives.flatMap((i) => i.sources.map((s) => s.source)), dataset.sources),
  };
}

export function toJsonText(data: JsonExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
