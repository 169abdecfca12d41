import type { OrganisationKind } from '../data/schema';
import { rankCategories, type CategoryCount } from './aggregate-categories';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';
import { ORGANISATION_KIND_LABELS } from '../model/labels';

export interface PartnerKindBar extends CategoryCount {
  id: OrganisationKind;
  label: string;
  selected: boolean;
}

/** Initiatives with at least one partner of each kind; an initiative counts once per kind it involves. */
export function toPartnerKindBars(
  index: DatasetIndex,
  context: readonly IndexedInitiative[],
  filtered: readonly IndexedInitiative[],
  selected: readonly OrganisationKind[],
): PartnerKindBar[] {
  const label = (id: string) => ORGANISATION_KIND_LABELS[id as OrganisationKind] ?? id;
  // There are only ten kinds, so every one present gets a bar.
  const { bars } = rankCategories(index, 'partnerKinds', context, filtered, { limit: Infinity, keep: selected, tieBreak: label });
  return bars.map((bar) => ({ ...bar, id: bar.id as OrganisationKind, label: label(bar.id), selected: (selected as readonly string[]).includes(bar.id) }));
}
