import type { Dataset } from '../../data/dataset';
import type { Initiative, Organisation, Sector, Source } from '../../data/schema';
import type { Filters } from '../../filters/filters';
import type { IndexedInitiative } from '../../model/dataset-index';

/** A self-contained JSON export: the filtered initiatives as stored, with what they reference. */
export interface JsonExport {
  dataset: { title: string; synthetic: boolean };
  exportedAt: string;
  filters: Filters;
  /** Human-readable active filters, as the chips show them. */
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

export function toJsonExport(rows: readonly IndexedInitiative[], dataset: Dataset, filters: Filters, filterLabels: string[], exportedAt: Date): JsonExport {
  const initiatives = rows.map((row) => row.initiative);
  return {
    dataset: { title: dataset.manifest.title, synthetic: dataset.manifest.synthetic },
    exportedAt: exportedAt.toISOString(),
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
