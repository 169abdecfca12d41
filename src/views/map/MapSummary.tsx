import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import type { MapPlaces } from './map-places';

/** One line under the heading: what the map draws, so nothing is silently left off. */
export function MapSummary({ places, filterCount }: { places: MapPlaces; filterCount: number }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const counted = (n: number) => ({ count: n, n: f.count(n) });
  const parts = [t('map.summary.cities', counted(places.cities.length))];
  if (places.provinces.length) parts.push(t('map.summary.provincialUnits', counted(places.provinces.length)));
  if (places.nationwide.initiativeIds.length) parts.push(t('map.summary.nationwide', counted(places.nationwide.initiativeIds.length)));
  if (places.unplaced > 0) parts.push(t('map.summary.unplaced', counted(places.unplaced)));
  if (filterCount > 0) parts.push(t('map.summary.faded'));
  return <p className="map-summary">{parts.join(' · ')}</p>;
}
