import type { Locale } from '../i18n/locale';
import { rankCategories, type CategoryCount, type OthersCount } from './aggregate-categories';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';

export interface SectorBar extends CategoryCount {
  selected: boolean;
}

export interface SectorBars {
  bars: SectorBar[];
  others: OthersCount | null;
}

export interface LabelledRankOptions {
  /** At most this many bars (plus the selected ones), the rest folded into "others". */
  limit?: number;
  /** The label a bar is shown with, to order bars of equal count; the id when absent. */
  labelOf?: (id: string) => string;
  /** The language of those labels, for their order. */
  locale?: Locale;
}

/**
 * Initiatives per sector; an initiative in several sectors counts in each. `context` is the
 * chart's own context (every clause but `sectors`), `filtered` what passes every clause. The bars
 * carry sector ids: the view labels them in the display language.
 */
export function toSectorBars(
  index: DatasetIndex,
  context: readonly IndexedInitiative[],
  filtered: readonly IndexedInitiative[],
  selected: readonly string[],
  { limit = 20, labelOf, locale }: LabelledRankOptions = {},
): SectorBars {
  const ranked = rankCategories(index, 'sectors', context, filtered, { limit, keep: selected, tieBreak: labelOf, locale });
  return {
    bars: ranked.bars.map((bar) => ({ ...bar, selected: selected.includes(bar.id) })),
    others: ranked.others,
  };
}
