import type { OrganisationKind } from '../data/schema';
import { rankCategories, type CategoryCount } from './aggregate-categories';
import type { LabelledRankOptions } from './aggregate-sectors';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';

export interface PartnerKindBar extends CategoryCount {
  id: OrganisationKind;
  selected: boolean;
}

/**
 * Initiatives with at least one partner of each kind; an initiative counts once per kind it
 * involves. The bars carry kind ids: the view labels them in the display language.
 */
export function toPartnerKindBars(
  index: DatasetIndex,
  context: readonly IndexedInitiative[],
  filtered: readonly IndexedInitiative[],
  selected: readonly OrganisationKind[],
  { labelOf, locale }: Omit<LabelledRankOptions, 'limit'> = {},
): PartnerKindBar[] {
  // There are only ten kinds, so every one present gets a bar.
  const { bars } = rankCategories(index, 'partnerKinds', context, filtered, { limit: Infinity, keep: selected, tieBreak: labelOf, locale });
  return bars.map((bar) => ({ ...bar, id: bar.id as OrganisationKind, selected: (selected as readonly string[]).includes(bar.id) }));
}
