import type { Dataset } from '../data/dataset';
import { rankCategories, type CategoryCount, type OthersCount } from './aggregate-categories';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';

export interface SectorBar extends CategoryCount {
  label: string;
  selected: boolean;
}

export interface SectorBars {
  bars: SectorBar[];
  others: OthersCount | null;
}

/**
 * Initiatives per sector; an initiative in several sectors counts in each. `context` is the
 * chart's own context (every clause but `sectors`), `filtered` what passes every clause.
 */
export function toSectorBars(
  index: DatasetIndex,
  context: readonly IndexedInitiative[],
  filtered: readonly IndexedInitiative[],
  dataset: Dataset,
  selected: readonly string[],
  limit = 20,
): SectorBars {
  const label = (id: string) => dataset.sectors.get(id)?.label ?? id;
  const ranked = rankCategories(index, 'sectors', context, filtered, { limit, keep: selected, tieBreak: label });
  return {
    bars: ranked.bars.map((bar) => ({ ...bar, label: label(bar.id), selected: selected.includes(bar.id) })),
    others: ranked.others,
  };
}
