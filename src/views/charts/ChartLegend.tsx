import type { CSSProperties } from 'react';

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** "pale": the lighter segment of a bar, drawn as on the chart. */
  style?: 'solid' | 'pale' | 'outline';
}

/** An HTML legend: readable at any zoom and kept in exported images. */
export function ChartLegend({ items, label = 'Legend' }: { items: readonly LegendItem[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <span className={`swatch ${item.style ?? 'solid'}`} style={{ '--swatch': item.colour } as CSSProperties} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
