import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import type { CountClass } from './map-choropleth';
import { BASEMAP_COLOURS } from './map-style';

interface Props {
  classes: readonly CountClass[];
  nationwideOnly: number;
}

/** The shaded mode's key: what each green means, and what the map cannot show (nationwide initiatives). */
export function ChoroplethLegend({ classes, nationwideOnly }: Props) {
  const { t } = useTranslation();
  const f = useFormatter();
  return (
    <div className="map-legend" role="group" aria-label={t('map.legend.label')}>
      <ul data-testid="choropleth-legend">
        <li className="map-legend-title">{t('map.choropleth.legendTitle')}</li>
        <li>
          <span className="map-swatch square" style={{ background: BASEMAP_COLOURS.land }} aria-hidden="true" />
          {t('map.choropleth.none')}
        </li>
        {classes.map((c) => (
          <li key={c.max} data-min={c.min} data-max={c.max}>
            <span className="map-swatch square" style={{ background: c.colour }} aria-hidden="true" />
            {c.min === c.max ? f.count(c.max) : t('map.choropleth.range', { min: f.count(c.min), max: f.count(c.max) })}
          </li>
        ))}
      </ul>
      {nationwideOnly > 0 && <p className="map-muted">{t('map.choropleth.nationwideOnly', { count: nationwideOnly, n: f.count(nationwideOnly) })}</p>}
    </div>
  );
}
