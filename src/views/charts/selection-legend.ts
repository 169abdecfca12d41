import type { LegendItem } from './ChartLegend';
import { SELECTED_STROKE } from './chart-colours';

/**
 * A bar chart's legend: its colours, and while the chart's own filter is set, what the pale part
 * and the outline mean.
 */
export function selectionLegend(colours: readonly LegendItem[], selecting: boolean, what: string): LegendItem[] {
  if (!selecting) return [...colours];
  return [
    ...colours,
    { key: 'left-out', label: `Pale: initiatives outside your ${what} choice`, colour: colours[0]?.colour ?? SELECTED_STROKE, style: 'pale' },
    { key: 'selected', label: `Outlined: your ${what} choice`, colour: SELECTED_STROKE, style: 'outline' },
  ];
}
