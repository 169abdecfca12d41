import { memo, useEffect, useRef } from 'react';
import { formatCount } from '../../model/labels';
import { shortNameZh } from './map-basemap';
import { dominantStatus, type MapPlaces, type PlaceGroup } from './map-places';
import { STATUS_COLOURS } from '../palette';
import type { ActivePlace } from './map-selection';

interface Props {
  places: MapPlaces;
  /** Gazetteer ids of the selected initiative's places. */
  selectedPlaces: ReadonlySet<string>;
  onOpen(active: ActivePlace): void;
  /** Key ("city:320500") of the button to focus, after the place panel closes. */
  focusKey: string | null;
}

function count(n: number) {
  return `${formatCount(n)} initiative${n === 1 ? '' : 's'}`;
}

function PlaceButton({ group, selected, onOpen }: { group: PlaceGroup; selected: boolean; onOpen(active: ActivePlace): void }) {
  const { place } = group;
  const n = group.initiativeIds.length;
  const where = group.kind === 'city' && place.provinceEn !== place.nameEn ? `, ${place.provinceEn}` : '';
  return (
    <li>
      <button type="button" className={`map-place-button${selected ? ' is-selected' : ''}`} data-place-key={`${group.kind}:${group.id}`} onClick={() => onOpen({ kind: group.kind, id: group.id })}>
        <span className="map-swatch" style={{ background: STATUS_COLOURS[dominantStatus(group.statusCounts)] }} aria-hidden="true" />
        <span className="map-place-text">
          <span className="map-place-title">
            {place.nameEn} <span lang="zh">{shortNameZh(place.nameZh)}</span>
            <span className="map-muted">{where}</span>
          </span>
          <span className="map-muted">
            {count(n)}
            {group.inferredCount > 0 && <span className="tag inferred">{group.inferredCount === n ? 'inferred' : `${formatCount(group.inferredCount)} inferred`}</span>}
            {group.inFilter && <span className="tag">in filter</span>}
            {selected && <span className="tag selected">selected</span>}
          </span>
        </span>
      </button>
    </li>
  );
}

/** Every place on the map as a button: the keyboard and screen-reader way to reach each marker. */
export const PlaceList = memo(function PlaceList({ places, selectedPlaces, onOpen, focusKey }: Props) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey) list.current?.querySelector<HTMLButtonElement>(`[data-place-key="${focusKey}"]`)?.focus();
  }, [focusKey]);
  const { cities, provinces, nationwide } = places;
  const total = cities.length + provinces.length + (nationwide.initiativeIds.length ? 1 : 0);
  return (
    <div className="map-place-list" ref={list}>
      <h3 id="map-places-title">
        Places <span className="map-count-badge">{formatCount(total)}</span>
      </h3>
      {total === 0 && <p className="empty">No initiative with a place matches the other filters.</p>}
      {nationwide.initiativeIds.length > 0 && (
        <>
          <h4>Nationwide</h4>
          <ul>
            <li>
              <button type="button" className="map-place-button" data-place-key="nationwide" onClick={() => onOpen({ kind: 'nationwide' })}>
                <span className="map-place-text">
                  <span className="map-place-title">
                    China <span lang="zh">全国</span>
                  </span>
                  <span className="map-muted">{count(nationwide.initiativeIds.length)}</span>
                </span>
              </button>
            </li>
          </ul>
        </>
      )}
      {provinces.length > 0 && (
        <>
          <h4>Whole provinces</h4>
          <ul>
            {provinces.map((g) => (
              <PlaceButton key={g.id} group={g} selected={selectedPlaces.has(g.id)} onOpen={onOpen} />
            ))}
          </ul>
        </>
      )}
      {cities.length > 0 && (
        <>
          <h4>Cities</h4>
          <ul>
            {cities.map((g) => (
              <PlaceButton key={g.id} group={g} selected={selectedPlaces.has(g.id)} onOpen={onOpen} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
