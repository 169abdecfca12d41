import { formatCount } from '../../model/labels';
import type { MapPlaces } from './map-places';

function plural(n: number, one: string, many = `${one}s`) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** One line under the heading: what the map draws, so nothing is silently left off. */
export function MapSummary({ places, filterCount }: { places: MapPlaces; filterCount: number }) {
  const parts = [plural(places.cities.length, 'city', 'cities')];
  if (places.provinces.length) parts.push(plural(places.provinces.length, 'whole province', 'whole provinces'));
  if (places.nationwide.initiativeIds.length) parts.push(`${plural(places.nationwide.initiativeIds.length, 'nationwide initiative')} (listed, not pinned)`);
  return (
    <p className="map-summary">
      {parts.join(' · ')}
      {places.unplaced > 0 && ` · ${plural(places.unplaced, 'place')} not in the gazetteer, not drawn`}
      {filterCount > 0 && ` · places outside the place filter are faded`}
    </p>
  );
}
