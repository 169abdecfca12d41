import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

export interface LegendItem {
  key: string;
  label: string;
  /** The label's language when it is not the interface's. */
  lang?: string;
  colour: string;
  /** "pale": the lighter segment of a bar, drawn as on the chart. */
  style?: 'solid' | 'pale' | 'outline';
}

/** An HTML legend: readable at any zoom and kept in exported images. */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label ?? t('charts.card.legend')}>
      {items.map((item) => (
        <li key={item.key}>
          <span className={`swatch ${item.style ?? 'solid'}`} style={{ '--swatch': item.colour } as CSSProperties} aria-hidden="true" />
          <span lang={item.lang}>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
