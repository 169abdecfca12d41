import type { GazetteerPlace } from '../../data/schema';
import type { MarkerItem } from './map-clusters';
import { dominantStatus, type PlaceGroup } from './map-places';
import { formatCount, STATUS_LABELS } from '../../model/labels';
import { shortNameZh } from './map-basemap';

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** "Suzhou 苏州市, Jiangsu" or, for a province, "Liaoning 辽宁省". */
export function PlaceName({ place }: { place: GazetteerPlace }) {
  return (
    <>
      {place.nameEn} <span lang="zh">{place.nameZh}</span>
      {place.level === 'prefecture' && place.provinceEn !== place.nameEn && (
        <span className="map-muted">
          , {place.provinceEn} <span lang="zh">{shortNameZh(place.provinceZh)}</span>
        </span>
      )}
    </>
  );
}

function GroupSummary({ group, titleOf }: { group: PlaceGroup; titleOf: (id: string) => string }) {
  const count = group.initiativeIds.length;
  return (
    <>
      <div className="map-tip-count">
        {group.kind === 'province' ? `${plural(count, 'initiative')} for the whole province` : plural(count, 'initiative')}
        {count > 1 && ` · mostly ${STATUS_LABELS[dominantStatus(group.statusCounts)].toLowerCase()}`}
      </div>
      {count === 1 && <div className="map-tip-title">{titleOf(group.initiativeIds[0]!)}</div>}
      {group.inferredCount > 0 && (
        <div className="map-tip-inferred">
          Place inferred, not stated{group.inferredCount < count ? ` (${formatCount(group.inferredCount)} of ${formatCount(count)})` : ''}
        </div>
      )}
      <div className="map-tip-hint">{count === 1 ? 'Click to open its details' : 'Click to list them'}</div>
    </>
  );
}

/** Hover text of a marker, a cluster or a province highlight. Rendered by React, never as HTML strings. */
export function MarkerTooltip({ item, places, titleOf }: { item: MarkerItem | PlaceGroup; places: ReadonlyMap<string, PlaceGroup>; titleOf: (id: string) => string }) {
  if ('kind' in item && item.kind === 'cluster') {
    const top = item.placeIds.slice(0, 4).map((id) => places.get(id)).filter((g): g is PlaceGroup => g !== undefined);
    return (
      <div className="map-tip">
        <div className="map-tip-head">
          {plural(item.count, 'initiative')} at {plural(item.placeIds.length, 'place')}
        </div>
        <ul>
          {top.map((g) => (
            <li key={g.id}>
              {g.place.nameEn} <span lang="zh">{g.place.nameZh}</span>: {formatCount(g.initiativeIds.length)}
            </li>
          ))}
          {item.placeIds.length > top.length && <li>and {plural(item.placeIds.length - top.length, 'more place')}</li>}
        </ul>
        <div className="map-tip-hint">Click to zoom in</div>
      </div>
    );
  }
  const group = 'group' in item ? item.group : item;
  return (
    <div className="map-tip">
      <div className="map-tip-head">
        <PlaceName place={group.place} />
      </div>
      <GroupSummary group={group} titleOf={titleOf} />
    </div>
  );
}
