import type { Dataset } from '../data/dataset';
import type { OrganisationKind } from '../data/schema';
import { rankCategories, type CategoryCount, type OthersCount } from './aggregate-categories';
import type { LabelledRankOptions } from './aggregate-sectors';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';

export interface PartnerBar extends CategoryCount {
  kind: OrganisationKind | null;
  selected: boolean;
}

export interface PartnerBars {
  bars: PartnerBar[];
  others: OthersCount | null;
}

/**
 * Initiatives per organisation, the `limit` busiest plus "others"; an initiative counts for each
 * partner it names. `selected` organisations always get a bar. The bars carry organisation ids:
 * the view names them in the display language.
 */
export function toPartnerBars(
  index: DatasetIndex,
  context: readonly IndexedInitiative[],
  filtered: readonly IndexedInitiative[],
  dataset: Dataset,
  selected: readonly string[],
  { limit = 10, labelOf, locale }: LabelledRankOptions = {},
): PartnerBars {
  const ranked = rankCategories(index, 'partners', context, filtered, { limit, keep: selected, tieBreak: labelOf, locale });
  return {
    bars: ranked.bars.map((bar) => ({
      ...bar,
      kind: dataset.organisations.get(bar.id)?.kind ?? null,
      selected: selected.includes(bar.id),
    })),
    others: ranked.others,
  };
}
