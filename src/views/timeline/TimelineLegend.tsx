import type { ReactNode } from 'react';
import type { Formatter } from '../../i18n/format';
import { useFormatter } from '../../i18n/use-formatter';
import { DIMMED } from './draw-density';
import type { TimelineSizes } from './timeline-sizes';

const INK = '#4d5a55';

/** Drawn in a 26 x 14 box, shown at the timeline's scale. */
function Swatch({ sizes, children }: { sizes: TimelineSizes; children: ReactNode }) {
  return (
    <svg width={sizes.legendSwatchWidth} height={sizes.legendSwatchHeight} viewBox="0 0 26 14" aria-hidden="true" className="tl-legend-swatch">
      {children}
    </svg>
  );
}

const COLUMN_NAMES = { 1: 'month', 2: 'twoMonths', 3: 'quarter', 4: 'fourMonths', 6: 'halfYear', 12: 'year' } as const;

/** "quarter", "季度": the months one bar covers. */
function columnName({ t, count }: Formatter, months: number): string {
  const name = COLUMN_NAMES[months as keyof typeof COLUMN_NAMES];
  return name ? t(`timeline.legend.column.${name}`) : t('timeline.legend.column.months', { n: count(months) });
}

interface TimelineLegendProps {
  dense: boolean;
  /** Months per bar and the tallest bar, when dense. */
  monthsPerColumn: number;
  max: number;
  rangeSet: boolean;
  sizes: TimelineSizes;
}

/** What the shapes and shades mean, for the marks (sparse) or the monthly bars (dense). */
export function TimelineLegend({ dense, monthsPerColumn, max, rangeSet, sizes }: TimelineLegendProps) {
  const format = useFormatter();
  const { t } = format;
  return (
    <ul className="tl-legend" aria-label={t('timeline.legend.label')}>
      {dense ? (
        <>
          <li>
            <Swatch sizes={sizes}>
              <rect x="3" y="6" width="4" height="8" fill={INK} />
              <rect x="8" y="2" width="4" height="12" fill={INK} />
              <rect x="13" y="8" width="4" height="6" fill={INK} />
            </Swatch>
            {t('timeline.legend.bars', { period: columnName(format, monthsPerColumn), max: format.count(Math.round(max)) })}
          </li>
          <li>
            <Swatch sizes={sizes}>
              <rect x="8" y="2" width="8" height="12" fill={INK} fillOpacity={0.42} />
            </Swatch>
            {t('timeline.legend.pale')}
          </li>
          <li>
            <Swatch sizes={sizes}>
              <defs>
                <pattern id="tl-legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <line x1="0" y1="0" x2="0" y2="4" stroke={INK} strokeWidth="1.5" />
                </pattern>
              </defs>
              <rect x="1" y="6" width="24" height="8" fill="url(#tl-legend-hatch)" />
            </Swatch>
            {t('timeline.legend.hatched')}
          </li>
        </>
      ) : (
        <>
          <li>
            <Swatch sizes={sizes}>
              <circle cx="13" cy="7" r="5" fill={INK} />
            </Swatch>
            {t('timeline.legend.day')}
          </li>
          <li>
            <Swatch sizes={sizes}>
              <rect x="2" y="3" width="22" height="8" rx="3" fill={INK} />
            </Swatch>
            {t('timeline.legend.span')}
          </li>
          <li>
            <Swatch sizes={sizes}>
              <circle cx="13" cy="7" r="4.5" fill="#fff" stroke={INK} strokeWidth="2" />
            </Swatch>
            {t('timeline.legend.hollow')}
          </li>
        </>
      )}
      {rangeSet && (
        <li>
          <Swatch sizes={sizes}>
            <rect x="2" y="2" width="22" height="10" rx="3" fill={DIMMED} />
          </Swatch>
          {t('timeline.legend.outside')}
        </li>
      )}
    </ul>
  );
}
