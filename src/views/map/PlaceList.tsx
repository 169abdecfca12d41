import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { dominantStatus, type MapPlaces, type PlaceGroup } from './map-places';
import type { Dataset } from '../../data/dataset';
import { useCore } from '../../store/dashboard-context';
import { statusColour } from '../palette';
import type { ActivePlace } from './map-selection';
import { NationwideName, PlaceName, ProvincialUnitName } from './MapText';
import { placeListText, type PlaceListText } from './place-list-text';

type Statuses = Dataset['vocabulary']['statuses'];

interface Props {
  places: MapPlaces;
  /** Gazetteer ids of the selected initiative's places. */
  selectedPlaces: ReadonlySet<string>;
  onOpen(active: ActivePlace): void;
  /** Key ("city:320500") of the button to focus, after the place panel closes. */
  focusKey: string | null;
}

/**
 * One place's button. Its words and the statuses come from the list: a list holds hundreds of places
 * (3,100 of the page's 6,000 elements at 10,000 initiatives), and each useTranslation makes a copy
 * of the i18next instance and each useFormatter its own Intl formats (docs/PERFORMANCE.md, change 22).
 */
function PlaceButton({ group, selected, onOpen, text, statuses }: { group: PlaceGroup; selected: boolean; onOpen(active: ActivePlace): void; text: PlaceListText; statuses: Statuses }) {
  const n = group.initiativeIds.length;
  return (
    <li>
      <button type="button" className={`map-place-button${selected ? ' is-selected' : ''}`} data-place-key={`${group.kind}:${group.id}`} onClick={() => onOpen({ kind: group.kind, id: group.id })}>
        <span className="map-swatch" style={{ background: statusColour(statuses, dominantStatus(group.statusCounts, statuses)) }} aria-hidden="true" />
        <span className="map-place-text">
          <span className="map-place-title">{group.kind === 'province' ? <ProvincialUnitName place={group.place} /> : <PlaceName place={group.place} short />}</span>
          <span className="map-muted">
            {text.initiatives(n)}
            {group.inferredCount > 0 && <span className="tag inferred">{group.inferredCount === n ? text.inferred : text.inferredSome(group.inferredCount)}</span>}
            {group.inFilter && <span className="tag">{text.inFilter}</span>}
            {selected && <span className="tag selected">{text.selected}</span>}
          </span>
        </span>
      </button>
    </li>
  );
}

/** Every place on the map as a button: the keyboard and screen-reader way to reach each marker. */
export const PlaceList = memo(function PlaceList({ places, selectedPlaces, onOpen, focusKey }: Props) {
  const { t } = useTranslation();
  const f = useFormatter();
  const text = useMemo(() => placeListText(t, f), [t, f]);
  const { statuses } = useCore().dataset.vocabulary;
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey) list.current?.querySelector<HTMLButtonElement>(`[data-place-key="${focusKey}"]`)?.focus();
  }, [focusKey]);
  const { cities, provinces, nationwide } = places;
  const total = cities.length + provinces.length + (nationwide.initiativeIds.length ? 1 : 0);
  const nationwideCount = nationwide.initiativeIds.length;
  return (
    <div className="map-place-list" ref={list}>
      <h3 id="map-places-title">
        {t('map.list.heading')} <span className="map-count-badge">{f.count(total)}</span>
      </h3>
      {total === 0 && <p className="empty">{t('map.list.empty')}</p>}
      {nationwideCount > 0 && (
        <>
          <h4>{t('map.list.nationwide')}</h4>
          <ul>
            <li>
              <button type="button" className="map-place-button" data-place-key="nationwide" onClick={() => onOpen({ kind: 'nationwide' })}>
                <span className="map-place-text">
                  <span className="map-place-title">
                    <NationwideName />
                  </span>
                  <span className="map-muted">{text.initiatives(nationwideCount)}</span>
                </span>
              </button>
            </li>
          </ul>
        </>
      )}
      {provinces.length > 0 && (
        <>
          <h4>{t('common.geo.provincialLevelUnits')}</h4>
          <ul>
            {provinces.map((g) => (
              <PlaceButton key={g.id} group={g} selected={selectedPlaces.has(g.id)} onOpen={onOpen} text={text} statuses={statuses} />
            ))}
          </ul>
        </>
      )}
      {cities.length > 0 && (
        <>
          <h4>{t('map.list.cities')}</h4>
          <ul>
            {cities.map((g) => (
              <PlaceButton key={g.id} group={g} selected={selectedPlaces.has(g.id)} onOpen={onOpen} text={text} statuses={statuses} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
