import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { statusLabel } from '../../model/labels';
import { useCore } from '../../store/dashboard-context';
import type { MarkerItem } from './map-clusters';
import { dominantStatus, type PlaceGroup } from './map-places';
import { InitiativeTitle, PlaceName } from './MapText';

/** The initiative behind an id, for its title (undefined when the dataset has no such id). */
export type InitiativeOf = (id: string) => Pick<Initiative, 'title' | 'translations'> | undefined;

function GroupSummary({ group, initiativeOf }: { group: PlaceGroup; initiativeOf: InitiativeOf }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const { dataset } = useCore();
  const count = group.initiativeIds.length;
  const initiatives = t('map.count.initiatives', { count, n: f.count(count) });
  const only = count === 1 ? group.initiativeIds[0]! : null;
  const initiative = only ? initiativeOf(only) : undefined;
  return (
    <>
      <div className="map-tip-count">
        {group.kind === 'province' ? t(`map.tooltip.wholeUnit.${group.place.provinceType}`, { initiatives }) : initiatives}
        {count > 1 && ` · ${t('map.tooltip.mostly', { status: statusLabel(dataset, f.locale, dominantStatus(group.statusCounts, dataset.vocabulary.statuses)).toLowerCase() })}`}
      </div>
      {only && <div className="map-tip-title">{initiative ? <InitiativeTitle initiative={initiative} /> : only}</div>}
      {group.inferredCount > 0 && (
        <div className="map-tip-inferred">
          {group.inferredCount < count ? t('map.tooltip.inferredSome', { n: f.count(group.inferredCount), total: f.count(count) }) : t('map.tooltip.inferred')}
        </div>
      )}
      <div className="map-tip-hint">{count === 1 ? t('map.tooltip.openDetails') : t('map.tooltip.listThem')}</div>
    </>
  );
}

function ClusterSummary({ item, places }: { item: Extract<MarkerItem, { kind: 'cluster' }>; places: ReadonlyMap<string, PlaceGroup> }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const top = item.placeIds.slice(0, 4).map((id) => places.get(id)).filter((g): g is PlaceGroup => g !== undefined);
  const more = item.placeIds.length - top.length;
  return (
    <div className="map-tip">
      <div className="map-tip-head">
        {t('map.tooltip.clusterHead', {
          initiatives: t('map.count.initiatives', { count: item.count, n: f.count(item.count) }),
          places: t('map.count.places', { count: item.placeIds.length, n: f.count(item.placeIds.length) }),
        })}
      </div>
      <ul>
        {top.map((g) => (
          <li key={g.id}>
            <PlaceName place={g.place} withProvince={false} />
            {t('map.tooltip.placeCount', { n: f.count(g.initiativeIds.length) })}
          </li>
        ))}
        {more > 0 && <li>{t('map.tooltip.morePlaces', { count: more, n: f.count(more) })}</li>}
      </ul>
      <div className="map-tip-hint">{t('map.tooltip.zoomIn')}</div>
    </div>
  );
}

/** Hover text of a marker, a cluster or a province highlight. Rendered by React, never as HTML strings. */
export function MarkerTooltip({ item, places, initiativeOf }: { item: MarkerItem | PlaceGroup; places: ReadonlyMap<string, PlaceGroup>; initiativeOf: InitiativeOf }) {
  if ('kind' in item && item.kind === 'cluster') return <ClusterSummary item={item} places={places} />;
  const group = 'group' in item ? item.group : item;
  return (
    <div className="map-tip">
      <div className="map-tip-head">
        <PlaceName place={group.place} />
      </div>
      <GroupSummary group={group} initiativeOf={initiativeOf} />
    </div>
  );
}
