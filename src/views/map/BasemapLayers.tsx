import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PathOptions, Renderer } from 'leaflet';
import { useCallback, useMemo } from 'react';
import type { Basemap, SeaPartProperties } from './map-basemap';
import { collectionToDatum, type Datum } from './map-datum';
import { coastRunsByProvince } from './map-detail';
import { countryStyle, dashStyle, gapFillStyle, hiddenProvinceStyle, islandStyle, nationalOutlineStyle, provinceStyle } from './map-style';
import { VectorGeoJSON } from './VectorGeoJSON';

interface Props {
  basemap: Basemap;
  datum: Datum;
  renderer: Renderer;
  zoom: number;
  tilesOn: boolean;
  /** Style overrides of provinces with whole-province initiatives, by province id. */
  highlights: ReadonlyMap<string, PathOptions>;
  /**
   * Provinces drawn from their detail files (DetailLayers, useDetailBasemap's `detailed`): their
   * national-scale shape, and the national outline along them, are not shown.
   */
  detailed?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Leaflet simplifies each path to this many pixels: fewer points to project and paint. */
const SMOOTHING = 1.5;

function seaStyle(feature: Feature<Polygon | MultiPolygon, SeaPartProperties> | undefined): PathOptions {
  return { ...(feature?.properties.kind === 'dash' ? dashStyle : islandStyle), className: `map-scs map-scs-${feature?.properties.kind ?? 'part'}` };
}

/**
 * The offline basemap, non-interactive, in one SVG renderer: the neighbours (over a fill for the
 * slivers at the border), the 34 provincial units (shaded where they have whole-province
 * initiatives), China's outline and the South China Sea dashes and islands. `<GeoJSON>` reads
 * `data` once, so each layer's key names its datum. Provinces in `detailed` are left to the detail
 * layer: their shapes get no fill or stroke, and China's outline is then drawn per province (each
 * one's share of the coast and land border) for the others only. The layers stay mounted either
 * way (only their styles change), so the detail layer, added after them, stays on top.
 */
export function BasemapLayers({ basemap, datum, renderer, zoom, tilesOn, highlights, detailed = NONE }: Props) {
  const layers = useMemo(
    () => ({
      countries: collectionToDatum(datum, basemap.countries),
      gaps: collectionToDatum(datum, basemap.borderGaps),
      provinces: collectionToDatum(datum, basemap.provinces),
      outline: collectionToDatum(datum, basemap.chinaOutline),
      coastRuns: collectionToDatum(datum, coastRunsByProvince(basemap.provinces)),
      sea: collectionToDatum(datum, basemap.southChinaSea),
    }),
    [basemap, datum],
  );
  const gapFill = useMemo(() => gapFillStyle(zoom), [zoom]);
  const provinces = useCallback(
    (feature?: Feature) => {
      const id = String(feature?.properties?.['id'] ?? '');
      const style = detailed.has(id) ? hiddenProvinceStyle : { ...provinceStyle(tilesOn), ...highlights.get(id) };
      return { ...style, className: `map-province map-province-${id}` };
    },
    [tilesOn, highlights, detailed],
  );
  const anyDetailed = detailed.size > 0;
  const outline = useMemo(() => (anyDetailed ? { ...nationalOutlineStyle, stroke: false } : nationalOutlineStyle), [anyDetailed]);
  const coastRuns = useCallback(
    (feature?: Feature) => {
      const id = String(feature?.properties?.['id'] ?? '');
      return { ...nationalOutlineStyle, stroke: anyDetailed && !detailed.has(id), className: `map-coast map-coast-${id}` };
    },
    [anyDetailed, detailed],
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
      <VectorGeoJSON key={`outline-${datum}`} data={layers.outline as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} style={outline} />
      <VectorGeoJSON key={`coast-${datum}`} data={layers.coastRuns as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} style={coastRuns} />
      <VectorGeoJSON key={`sea-${datum}`} data={layers.sea as FeatureCollection} renderer={renderer} smoothFactor={SMOOTHING} interactive={false} style={seaStyle as (f?: Feature) => PathOptions} />
    </>
  );
}
