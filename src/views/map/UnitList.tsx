import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GazetteerPlace } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { classOf, type CountClass, type UnitCounts } from './map-choropleth';
import { ProvincialUnitName } from './MapText';
import { BASEMAP_COLOURS } from './map-style';

interface Props {
  units: UnitCounts;
  classes: readonly CountClass[];
  gazetteer: ReadonlyMap<string, GazetteerPlace>;
  onUnit(id: string): void;
}

/** The shaded mode's side list: every unit with initiatives, busiest first; a button filters to it (the keyboard way to each shape). */
export const UnitList = memo(function UnitList({ units, classes, gazetteer, onUnit }: Props) {
  const { t } = useTranslation();
  const f = useFormatter();
  const rows = [...units.counts]
    .filter(([, n]) => n > 0)
    .map(([id, n]) => ({ id, n, place: gazetteer.get(id) }))
    .filter((row): row is { id: string; n: number; place: GazetteerPlace } => row.place !== undefined)
    .sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
  return (
    <div className="map-place-list">
      <h3>
        {t('common.geo.provincialLevelUnits')} <span className="map-count-badge">{f.count(rows.length)}</span>
      </h3>
      {rows.length === 0 && <p className="empty">{t('map.list.empty')}</p>}
      <ul>
        {rows.map(({ id, n, place }) => {
          const filtered = units.inFilter.has(id);
          return (
            <li key={id}>
              <button type="button" className="map-place-button" aria-pressed={filtered} data-unit-id={id} data-count={n} onClick={() => onUnit(id)}>
                <span className="map-swatch square" style={{ background: classOf(n, classes)?.colour ?? BASEMAP_COLOURS.land }} aria-hidden="true" />
                <span className="map-place-text">
                  <span className="map-place-title">
                    <ProvincialUnitName place={place} />
                  </span>
                  <span className="map-muted">
                    {t('map.count.initiatives', { count: n, n: f.count(n) })}
                    {filtered && <span className="tag">{t('map.list.inFilter')}</span>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
