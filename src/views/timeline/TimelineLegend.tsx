import type { ReactNode } from 'react';
import { formatCount } from '../../model/labels';
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

/** What the shapes and shades mean, for the marks (sparse) or the monthly bars (dense). */
const COLUMN_NAMES: Record<number, string> = { 1: 'month', 2: 'two months', 3: 'quarter', 4: 'four months', 6: 'half-year', 12: 'year' };

interface TimelineLegendProps {
  dense: boolean;
  /** Months per bar and the tallest bar, when dense. */
  monthsPerColumn: number;
  max: number;
  rangeSet: boolean;
  sizes: TimelineSizes;
}

export function TimelineLegend({ dense, monthsPerColumn, max, rangeSet, sizes }: TimelineLegendProps) {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {dense ? (
        <>
          <li>
            <Swatch sizes={sizes}>
              <rect x="3" y="6" width="4" height="8" fill={INK} />
              <rect x="8" y="2" width="4" height="12" fill={INK} />
              <rect x="13" y="8" width="4" height="6" fill={INK} />
            </Swatch>
            Bars: initiatives per {COLUMN_NAMES[monthsPerColumn] ?? `${monthsPerColumn} months`} (tallest: {formatCount(Math.round(max))})
          </li>
          <li>
            <Swatch sizes={sizes}>
              <rect x="8" y="2" width="8" height="12" fill={INK} fillOpacity={0.42} />
            </Swatch>
            Pale: inferred date
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
            Hatched: known only to the year, spread over it
          </li>
        </>
      ) : (
        <>
          <li>
            <Swatch sizes={sizes}>
              <circle cx="13" cy="7" r="5" fill={INK} />
            </Swatch>
            Day
          </li>
          <li>
            <Swatch sizes={sizes}>
              <rect x="2" y="3" width="22" height="8" rx="3" fill={INK} />
            </Swatch>
            Month or year: the bar spans it
          </li>
          <li>
            <Swatch sizes={sizes}>
              <circle cx="13" cy="7" r="4.5" fill="#fff" stroke={INK} strokeWidth="2" />
            </Swatch>
            Hollow: inferred date
          </li>
        </>
      )}
      {rangeSet && (
        <li>
          <Swatch sizes={sizes}>
            <rect x="2" y="2" width="22" height="10" rx="3" fill={DIMMED} />
          </Swatch>
          Pale grey: outside the date range
        </li>
      )}
    </ul>
  );
}
