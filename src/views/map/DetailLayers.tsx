import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { PathOptions, Renderer } from 'leaflet';
import { useCallback, useMemo } from 'react';
import { collectionToDatum, type Datum } from './map-datum';
import type { DetailProvince } from './map-detail';
import { detailLandStyle, detailOutlineStyle, nationalOutlineStyle, prefectureBorderStyle } from './map-style';
import { useDetailBasemap } from './use-detail-basemap';
import { VectorGeoJSON } from './VectorGeoJSON';

interface Props {
  /** Units to draw in detail (provincesNeedingDetail); each is drawn once its file has loaded. */
  provinceIds: readonly string[];
  datum: Datum;
  renderer: Renderer;
  /** Style overrides of provinces with whole-province initiatives, by province id (as BasemapLayers gets them). */
  highlights: ReadonlyMap<string, PathOptions>;
  tilesOn: boolean;
}

/** Leaflet simplifies each path to this many pixels (as BasemapLayers does). */
const SMOOTHING = 1.5;

type Province = { province: string };

function collect<G extends Polygon | MultiPolygon | MultiLineString>(
  provinces: readonly DetailProvince[],
  pick: (d: DetailProvince) => FeatureCollection<G, object>,
): FeatureCollection<G, Province> {
  return {
    type: 'FeatureCollection',
    features: provinces.flatMap((d) => pick(d).features.map((f): Feature<G, Province> => ({ type: 'Feature', properties: { province: d.id }, geometry: f.geometry }))),
  };
}

const provinceOf = (feature?: Feature): string => String(feature?.properties?.['province'] ?? '');

/**
 * The provinces in view at close zoom, from their detail files (BasemapLayers gets the same ids
 * as `detailed` and leaves them out). In the basemap pane, after BasemapLayers: the land of every
 * province (its highlight's fill), then the prefecture borders, then the province borders and
 * coasts (its highlight's stroke), then the coast and national border in the national outline's
 * style. One layer per kind for all the provinces, so no province's land covers another's border.
 * `<GeoJSON>` reads `data` once: the keys name the datum and the provinces.
 */
export function DetailLayers({ provinceIds, datum, renderer, highlights, tilesOn }: Props) {
  const { provinces } = useDetailBasemap(provinceIds);
  const layers = useMemo(
    () => ({
      land: collectionToDatum(datum, collect(provinces, (d) => d.prefectures)),
      inner: collectionToDatum(datum, collect(provinces, (d) => d.inner)),
      outline: collectionToDatum(datum, collect(provinces, (d) => ({ type: 'FeatureCollection', features: [...d.border.features, ...d.coast.features] }))),
      coast: collectionToDatum(datum, collect(provinces, (d) => d.coast)),
    }),
    [provinces, datum],
  );
  const land = useCallback(
    (feature?: Feature) => {
      const id = provinceOf(feature);
      return { ...detailLandStyle(tilesOn, highlights.get(id)), className: `map-detail-land map-detail-land-${id}` };
    },
    [tilesOn, highlights],
  );
  const outline = useCallback(
    (feature?: Feature) => {
      const id = provinceOf(feature);
      return { ...detailOutlineStyle(highlights.get(id)), className: `map-detail-border map-detail-border-${id}` };
    },
    [highlights],
  );
  if (provinces.length === 0) return null;
  const key = `${datum}-${provinces.map((d) => d.id).join(',')}`;
  return (
    <>
      <VectorGeoJSON key={`detail-land-${key}`} data={layers.land as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} style={land} />
      <VectorGeoJSON key={`detail-inner-${key}`} data={layers.inner as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} pathOptions={prefectureBorderStyle} />
      <VectorGeoJSON key={`detail-outline-${key}`} data={layers.outline as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} style={outline} />
      <VectorGeoJSON key={`detail-coast-${key}`} data={layers.coast as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} pathOptions={nationalOutlineStyle} />
    </>
  );
}
