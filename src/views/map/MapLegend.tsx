import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../data/schema';
import { statusLabel } from '../../model/labels';
import { STATUS_COLOURS } from '../palette';
import { HIGHLIGHT, MARKER_OUTLINE } from './map-style';

function Key({ children, label }: { children: ReactNode; label: string }) {
  return (
    <li>
      <svg width="26" height="20" viewBox="0 0 26 20" aria-hidden="true">
        {children}
      </svg>
      {label}
    </li>
  );
}

/** What colour, size, dashes, shading and rings mean; a strip under the map so it hides no place. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="map-legend" role="group" aria-label={t('map.legend.label')}>
      <ul>
        <li className="map-legend-title">{t('map.legend.status')}</li>
        {STATUSES.map((status) => (
          <li key={status}>
            <span className="map-swatch" style={{ background: STATUS_COLOURS[status] }} aria-hidden="true" />
            {statusLabel(t, status)}
          </li>
        ))}
      </ul>
      <ul>
        <Key label={t('map.legend.size')}>
          <circle cx="6" cy="13" r="4" fill={STATUS_COLOURS.signed} stroke={MARKER_OUTLINE} strokeWidth="1.5" />
          <circle cx="17" cy="10" r="7.5" fill={STATUS_COLOURS.signed} stroke={MARKER_OUTLINE} strokeWidth="1.5" />
        </Key>
        <Key label={t('map.legend.dashed')}>
          <circle cx="13" cy="10" r="7" fill={STATUS_COLOURS.signed} stroke={MARKER_OUTLINE} strokeWidth="2" strokeDasharray="4 3" />
        </Key>
        <Key label={t('map.legend.shaded')}>
          <rect x="2" y="3" width="22" height="14" fill={STATUS_COLOURS.signed} fillOpacity="0.32" stroke={MARKER_OUTLINE} strokeWidth="2" />
        </Key>
        <Key label={t('map.legend.ring')}>
          <circle cx="13" cy="10" r="7" fill="none" stroke={HIGHLIGHT} strokeWidth="3" />
        </Key>
      </ul>
    </div>
  );
}
