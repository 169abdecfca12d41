import { findAreasAt, readCountries, readProvinces, type BasemapTopology } from './basemap-layers';
import type { GazetteerPlace } from './gazetteer-types';

/** Points whose province the PRC map asserts: [label, lat, lon, expected GB/T province]. */
export const CLAIM_CHECKS: readonly [string, number, number, string][] = [
  ['Tawang (Zangnan)', 27.59, 91.86, '540000'],
  ['Itanagar (Zangnan)', 27.08, 93.6, '540000'],
  ['Aksai Chin', 35.2, 79.5, '650000'],
  ['Diaoyu Dao', 25.74, 123.47, '710000'],
];

export interface BasemapCheck {
  prefecturesInside: number;
  prefectures: number;
  outside: string[]; // "id name (lat, lon): in X" for prefectures outside their own province
  claims: string[]; // one line per CLAIM_CHECKS entry
  placesInCountries: string[]; // gazetteer points that a neighbour polygon also covers
}

export function checkBasemap(topology: BasemapTopology, places: readonly GazetteerPlace[]): BasemapCheck {
  const provinces = readProvinces(topology);
  const countries = readCountries(topology);
  const prefectures = places.filter((p) => p.level === 'prefecture');
  const outside: string[] = [];
  for (const place of prefectures) {
    const hits = findAreasAt(provinces, place.lon, place.lat).map((a) => a.properties.id);
    if (!hits.includes(place.provinceId)) {
      outside.push(`${place.id} ${place.nameZh} ${place.nameEn} (${place.lat}, ${place.lon}): in ${hits.join(',') || 'none'}`);
    }
  }
  const claims = CLAIM_CHECKS.map(([label, lat, lon, expected]) => {
    const inProvinces = findAreasAt(provinces, lon, lat).map((a) => a.properties.id);
    const inCountries = findAreasAt(countries, lon, lat).map((a) => a.properties.nameEn ?? a.properties.nameZh);
    const verdict = inProvinces.includes(expected) && inCountries.length === 0 ? 'ok' : 'CHECK';
    return `${verdict} ${label} (${lat}, ${lon}): provinces [${inProvinces.join(',')}], countries [${inCountries.join(',')}]`;
  });
  const placesInCountries = places.flatMap((p) => {
    const hits = findAreasAt(countries, p.lon, p.lat);
    return hits.length === 0 ? [] : [`${p.id} ${p.nameEn}: ${hits.map((h) => h.properties.nameEn).join(',')}`];
  });
  return { prefecturesInside: prefectures.length - outside.length, prefectures: prefectures.length, outside, claims, placesInCountries };
}
