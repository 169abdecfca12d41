import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { statusLabel } from '../../model/labels';
import { useCore } from '../../store/dashboard-context';
import { sampleStatusColour, statusColour } from '../palette';
import type { LegendKeys } from './map-legend-keys';
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

/** What colour, size, dashes, shading and rings mean (`keys`: which of them; `short`: in a slide's fewer words); a strip under the map so it hides no place. */
export function MapLegend({ keys, short = false }: { keys: LegendKeys; short?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormatter();
  const { dataset } = useCore();
  const { statuses } = dataset.vocabulary;
  const sample = sampleStatusColour(statuses);
  // A slide says it in fewer words (the presenter explains the rest).
  const words = short
    ? { size: t('map.legend.short.size'), dashed: t('map.legend.short.dashed'), shaded: t('map.legend.short.shaded') }
    : { size: t('map.legend.size'), dashed: t('map.legend.dashed'), shaded: t('map.legend.shaded') };
  const marks = keys.size || keys.dashed || keys.shaded || keys.ring;
  return (
    <div className="map-legend" role="group" aria-label={t('map.legend.label')}>
      <ul>
        <li className="map-legend-title">{t('map.legend.status')}</li>
        {keys.statuses.map((status) => (
          <li key={status}>
            <span className="map-swatch" style={{ background: statusColour(statuses, status) }} aria-hidden="true" />
            {statusLabel(dataset, locale, status)}
          </li>
        ))}
      </ul>
      {marks && (
      <ul>
        {keys.size && (
        <Key label={words.size}>
          <circle cx="6" cy="13" r="4" fill={sample} stroke={MARKER_OUTLINE} strokeWidth="1.5" />
          <circle cx="17" cy="10" r="7.5" fill={sample} stroke={MARKER_OUTLINE} strokeWidth="1.5" />
        </Key>
        )}
        {keys.dashed && (
        <Key label={words.dashed}>
          <circle cx="13" cy="10" r="7" fill={sample} stroke={MARKER_OUTLINE} strokeWidth="2" strokeDasharray="4 3" />
        </Key>
        )}
        {keys.shaded && (
        <Key label={words.shaded}>
          <rect x="2" y="3" width="22" height="14" fill={sample} fillOpacity="0.32" stroke={MARKER_OUTLINE} strokeWidth="2" />
        </Key>
        )}
        {keys.ring && (
        <Key label={t('map.legend.ring')}>
          <circle cx="13" cy="10" r="7" fill="none" stroke={HIGHLIGHT} strokeWidth="3" />
        </Key>
        )}
      </ul>
      )}
    </div>
  );
}
