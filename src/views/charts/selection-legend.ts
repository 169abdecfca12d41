import type { TFunction } from 'i18next';
import type { LegendItem } from './ChartLegend';
import { SELECTED_STROKE } from './chart-colours';

/** Which chart's choice the legend explains. */
export type SelectionKind = 'sector' | 'partner' | 'partnerKind';

/**
 * A bar chart's legend: its colours, and while the chart's own filter is set, what the pale part
 * and the outline mean.
 */
export function selectionLegend(t: TFunction, colours: readonly LegendItem[], selecting: boolean, what: SelectionKind): LegendItem[] {
  if (!selecting) return [...colours];
  return [
    ...colours,
    { key: 'left-out', label: t(`charts.selection.${what}.pale`), colour: colours[0]?.colour ?? SELECTED_STROKE, style: 'pale' },
    { key: 'selected', label: t(`charts.selection.${what}.outlined`), colour: SELECTED_STROKE, style: 'outline' },
  ];
}
