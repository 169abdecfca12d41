import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PathOptions, Renderer } from 'leaflet';
import { useCallback, useMemo } from 'react';
import type { Basemap, SeaPartProperties } from './map-basemap';
import { collectionToDatum, type Datum } from './map-datum';
import { countryStyle, dashStyle, gapFillStyle, islandStyle, nationalOutlineStyle, provinceStyle } from './map-style';
import { VectorGeoJSON } from './VectorGeoJSON';

interface Props {
  basemap: Basemap;
  datum: Datum;
  renderer: Renderer;
  zoom: number;
  tilesOn: boolean;
  /** Style overrides of provinces with whole-province initiatives, by province id. */
  highlights: ReadonlyMap<string, PathOptions>;
}

/** Leaflet simplifies each path to this many pixels: fewer points to project and paint. */
const SMOOTHING = 1.5;

function seaStyle(feature: Feature<Polygon | MultiPolygon, SeaPartProperties> | undefined): PathOptions {
  return { ...(feature?.properties.kind === 'dash' ? dashStyle : islandStyle), className: `map-scs map-scs-${feature?.properties.kind ?? 'part'}` };
}

/**
 * The offline basemap, non-interactive, in one SVG renderer: the neighbours (over a fill for the
 * slivers at the border), the 34 provincial units (shaded where they have whole-province
 * initiatives), China's outline and the South China Sea dashes and islands. `<GeoJSON>` reads
 * `data` once, so each layer's key names its datum.
 */
export function BasemapLayers({ basemap, datum, renderer, zoom, tilesOn, highlights }: Props) {
  const layers = useMemo(
    () => ({
      countries: collectionToDatum(datum, basemap.countries),
      gaps: collectionToDatum(datum, basemap.borderGaps),
      provinces: collectionToDatum(datum, basemap.provinces),
      outline: collectionToDatum(datum, basemap.chinaOutline),
      sea: collectionToDatum(datum, basemap.southChinaSea),
    }),
    [basemap, datum],
  );
  const gapFill = useMemo(() => gapFillStyle(zoom), [zoom]);
  const provinces = useCallback(
    (feature?: Feature) => {
      const id = String(feature?.properties?.['id'] ?? '');
      return { ...provinceStyle(tilesOn), ...highlights.get(id), className: `map-province map-province-${id}` };
    },
    [tilesOn, highlights],
  );
  return (
    <>
      {!tilesOn && (
        <>
          <VectorGeoJSON key={`gap-${datum}`} data={layers.gaps as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} pathOptions={gapFill} />
          <VectorGeoJSON key={`countries-${datum}`} data={layers.countries as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} pathOptions={countryStyle} />
        </>
      )}
      <VectorGeoJSON key={`provinces-${datum}`} data={layers.provinces as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} style={provinces} />
      <VectorGeoJSON key={`outline-${datum}`} data={layers.outline as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} pathOptions={nationalOutlineStyle} />
      <VectorGeoJSON key={`sea-${datum}`} data={layers.sea as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} style={seaStyle as (f?: Feature) => PathOptions} />
    </>
  );
}
