import 'leaflet/dist/leaflet.css';
import './map.css';
import { canvas, svg, type Map as LeafletMap } from 'leaflet';
import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { MapContainer, Pane, TileLayer } from 'react-leaflet';
import { toggleFilterValue } from '../../filters/filters';
import { clusterPlaces, type MarkerItem, type RadiusOf } from './map-clusters';
import { toDatum } from './map-datum';
import { markerCountText, markerRadius } from './map-geometry';
import { estimateTextWidth, LABEL_GAP } from './map-label-layout';
import { useFormatter } from '../../i18n/use-formatter';
import { SCREEN_ROOT_PX } from '../projector-scale';
import { useProjectorScale } from '../use-projector-scale';
import { locateInitiative } from '../../model/locations';
import { groupByPlace, type PlaceGroup } from './map-places';
import { useActions, useLive, usePresenting } from '../../store/use-controls';
import { ChoroplethLegend } from './ChoroplethLegend';
import { ChoroplethTargets } from './ChoroplethTargets';
import { choroplethStyles, countByUnit, countClasses } from './map-choropleth';
import { MapModeSwitch } from './MapModeSwitch';
import { UnitList } from './UnitList';
import { DetailLayers } from './DetailLayers';
import { provincesNeedingDetail } from './map-detail';
import { useDetailBasemap } from './use-detail-basemap';
import type { MapCamera } from '../../store/view-state';
import { usePanel } from '../../store/use-panel';
import { useReportDrawn } from '../ready-marks';
import { BasemapLayers } from './BasemapLayers';
import { MapCredits } from './MapCredits';
import { MapLabels } from './MapLabels';
import { MapLegend } from './MapLegend';
import { allLegendKeys, legendKeysFor } from './map-legend-keys';
import { activeOf, findActive, type ActivePlace } from './map-selection';
import { MapSummary } from './MapSummary';
import { MapToolbar } from './MapToolbar';
import { NationwideCard } from './NationwideCard';
import { OneStepWheelZoom } from './OneStepWheelZoom';
import { PlaceList } from './PlaceList';
import { PlacePanel } from './PlacePanel';
import { PlaceMarkers } from './PlaceMarkers';
import { ProvinceTargets } from './ProvinceTargets';
import { SouthChinaSeaInset } from './SouthChinaSeaInset';
import { provinceHighlightStyles } from './map-style';
import { useStableCallback } from './use-stable-callback';
import { TileSettings } from './TileSettings';
import { TILE_SOURCES, tileUrl } from './tile-sources';
import { BasemapHttpError, useBasemap } from './use-basemap';
import { useMapCamera } from './use-map-camera';
import { ALWAYS_NAMED_NEAREST, provinceNameBox, provinceNameLines, TAIWAN_ID } from './map-province-name-box';
import { useTileSetting } from './use-tile-setting';
import { ViewTracker, type MapViewState } from './ViewTracker';

/**
 * How far beyond the view (a share of its size) the renderers draw, so a drag does not uncover
 * blank edges before it ends; more costs raster time on every redraw.
 */
const RENDER_PADDING = 0.15;

/** Leaflet pane names (identifiers, not text); the renderers below draw into them. */
const PANES = { basemap: 'map-basemap', markers: 'map-markers' } as const;

/** [min, max] circle radius in pixels. */
const SCREEN_RADII = [8, 28] as const;
const PROJECTOR_RADII = [11, 36] as const;
/** The smallest type the map draws on screen (map.css: Hong Kong's and Macao's English names, the inset's), in px. */
const SMALLEST_MAP_TEXT = 11;
/** The circle scale reaches its largest size at no fewer initiatives than this: a cluster of two is not drawn as big as a city of thousands. */
const SCALE_FLOOR = 10;
/** .map-marker-count's font size in map.css, and the room left around the count inside its circle. */
const COUNT_FONT = 12;
const COUNT_MARGIN = 4;

const NO_ITEMS: MarkerItem[] = [];
const NO_IDS: string[] = [];

// [lat, lon], Leaflet order: where the map starts before it fits the data.
const CHINA_CENTRE: [number, number] = [35, 105];

/** Canvas for the markers where the browser has one; SVG elsewhere (jsdom has no canvas). */
function canDrawCanvas(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/** Why the basemap is missing: a status the server answered, in the display language; else the browser's own words. */
function BasemapErrorText({ error }: { error: Error }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const message =
    error instanceof BasemapHttpError ? t('map.httpError', { url: error.url, status: english ? `${error.status} ${error.statusText}`.trim() : String(error.status) }) : error.message;
  const own = error instanceof BasemapHttpError || english;
  return <Trans i18nKey="map.loadError" values={{ message }} components={{ detail: <span lang={own ? undefined : 'en'} /> }} />;
}

/** Beside Taiwan's name: its nearest position from the island, and the labels' gap on each side. */
const TAIWAN_NAME_GAP = ALWAYS_NAMED_NEAREST + 2 * LABEL_GAP;

/**
 * The Map region: initiatives at their gazetteer places on the offline basemap. Cross-filtering:
 * the map sets the `places` clause, so it draws every row except that clause and fades the places
 * outside the filter.
 */
export function MapView() {
  const { t } = useTranslation();
  const { dataset, index, filters, context: rows, selectedId, mapFocus } = usePanel(['places']);
  const { select, updateFilters, recordMapCamera, setMapMode } = useActions();
  const mode = useLive((s) => s.map.mode);
  const shaded = mode === 'provinces';
  const presenting = usePresenting();
  const basemapQuery = useBasemap();
  const basemap = basemapQuery.data ?? null;
  const [tileSetting, setTileSetting] = useTileSetting();
  const tiles = TILE_SOURCES[tileSetting.source];
  const tilesOn = tiles.layers.length > 0 && (!tiles.needsKey || tileSetting.tiandituKey !== '');
  const datum = tilesOn ? tiles.datum : 'WGS84';

  const places = useMemo(() => groupByPlace(index, rows, dataset.gazetteer, filters.places), [index, rows, dataset.gazetteer, filters.places]);
  const cityById = useMemo(() => new Map(places.cities.map((g) => [g.id, g])), [places]);
  const provinceById = useMemo(() => new Map(places.provinces.map((g) => [g.id, g])), [places]);
  const f = useFormatter();
  // Presenting, the smallest map text is as large as the slide's body text (the root size): no text on a slide is smaller.
  const projectorScale = useProjectorScale();
  const textScale = presenting ? (projectorScale * SCREEN_ROOT_PX) / SMALLEST_MAP_TEXT : 1;
  // Area for the count (bigger circles on the projector), never smaller than the count printed in it.
  const radiusOf = useCallback<RadiusOf>(
    (count, maxCount) => {
      const fit = count > 1 ? estimateTextWidth(markerCountText(f, count), COUNT_FONT * textScale) / 2 + COUNT_MARGIN : 0;
      return Math.max(markerRadius(count, Math.max(maxCount, SCALE_FLOOR), ...(presenting ? PROJECTOR_RADII : SCREEN_RADII)), fit);
    },
    [f, presenting, textScale],
  );
  const clusters = useMemo(() => clusterPlaces(places.cities, (g) => toDatum(datum, g.place.lat, g.place.lon), radiusOf), [places, datum, radiusOf]);

  const [map, setMap] = useState<LeafletMap | null>(null);
  const [view, setView] = useState<MapViewState>({ zoom: 4, version: 0 });
  // The shaded mode draws no circles: the units' colours carry the counts.
  const items = shaded ? NO_ITEMS : clusters.itemsAt(view.zoom);

  const selectedRow = selectedId ? index.byId.get(selectedId) : undefined;
  const selectedAt = useMemo(() => (selectedRow ? locateInitiative(selectedRow.initiative, dataset.gazetteer) : null), [selectedRow, dataset.gazetteer]);
  const [active, setActive] = useState<ActivePlace | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const open = findActive(places, active);
  const highlighted = useMemo(() => {
    const ids = new Set([...(selectedAt?.cities ?? []), ...(selectedAt?.provinces ?? [])]);
    if (active && active.kind !== 'nationwide') ids.add(active.id);
    // Shaded, a selected city shows as its unit's outline.
    if (shaded) {
      for (const id of selectedAt?.cities ?? []) {
        const unit = dataset.gazetteer.get(id)?.provinceId;
        if (unit) ids.add(unit);
      }
    }
    return ids;
  }, [selectedAt, active, shaded, dataset.gazetteer]);

  const taiwanName = useMemo(() => {
    const label = basemap?.provinceLabels.find((l) => l.id === TAIWAN_ID);
    if (!label) return null;
    const { width } = provinceNameBox({ ...provinceNameLines(label, f.locale, false), count: null, small: false }, textScale);
    return { lat: label.lat, lon: label.lon, room: width + TAIWAN_NAME_GAP };
  }, [basemap, f.locale, textScale]);
  const camera = useMapCamera({ map, basemap, places, datum, selectedAt, focus: mapFocus, taiwanName });
  useReportDrawn('map', map !== null && !basemapQuery.isPending);
  const renderers = useMemo(
    () => ({
      shapes: svg({ pane: PANES.basemap, padding: RENDER_PADDING }),
      markers: canDrawCanvas() ? canvas({ pane: PANES.markers, padding: RENDER_PADDING, tolerance: 3 }) : svg({ pane: PANES.markers, padding: RENDER_PADDING }),
    }),
    [],
  );

  const initiativeOf = useCallback((id: string) => index.byId.get(id)?.initiative, [index]);
  const openPlace = useStableCallback((next: ActivePlace) => {
    setActive(next);
    setFocusKey(null);
    const group = next.kind === 'city' ? cityById.get(next.id) : next.kind === 'province' ? provinceById.get(next.id) : undefined;
    if (group?.initiativeIds.length === 1) select(group.initiativeIds[0]!);
    if (group) camera.showPlace(group, clusters, view.zoom);
  });
  const onPlace = useStableCallback((group: PlaceGroup) => openPlace(activeOf(group)));
  const onCluster = useStableCallback((item: Extract<MarkerItem, { kind: 'cluster' }>) => {
    const zoom = clusters.expansionZoom(item, view.zoom);
    // At the largest zoom a cluster no longer splits: open its busiest place.
    const busiest = cityById.get(item.placeIds[0]!);
    if (zoom <= view.zoom && busiest) openPlace(activeOf(busiest));
    else camera.zoomTo(item.lat, item.lon, zoom);
  });
  const listNationwide = useStableCallback(() => openPlace({ kind: 'nationwide' }));
  const closePlace = () => {
    setFocusKey(active ? (active.kind === 'nationwide' ? 'nationwide' : `${active.kind}:${active.id}`) : null);
    setActive(null);
  };
  const filterActive = filters.places.length > 0;
  const units = useMemo(() => countByUnit(places), [places]);
  const classes = useMemo(() => countClasses(units.counts.values()), [units]);
  const provinceShading = useMemo(
    () =>
      shaded && basemap
        ? choroplethStyles(units, classes, basemap.provinces.features.map((f) => f.properties.id), highlighted, filterActive)
        : provinceHighlightStyles(places.provinces, highlighted, filterActive, tilesOn, dataset.vocabulary.statuses),
    [shaded, basemap, units, classes, places.provinces, highlighted, filterActive, tilesOn, dataset.vocabulary.statuses],
  );
  // Close up, the provinces in view are drawn from their detailed files (fetched once each, from this origin).
  const [detailIds, setDetailIds] = useState<string[]>(NO_IDS);
  const onMoved = useStableCallback((moved: MapCamera) => {
    recordMapCamera(moved);
    const next = basemap ? provincesNeedingDetail(basemap.provinceBounds, moved.bounds, moved.zoom) : NO_IDS;
    setDetailIds((ids) => (ids.length === next.length && ids.every((id, i) => id === next[i]) ? ids : next));
  });
  const { detailed } = useDetailBasemap(detailIds);
  // A slide explains only what it draws; the analyst's legend explains everything.
  const { statuses } = dataset.vocabulary;
  const legendKeys = useMemo(() => (presenting ? legendKeysFor(places, selectedAt !== null, statuses) : allLegendKeys(statuses)), [presenting, places, selectedAt, statuses]);
  const toggleUnit = useStableCallback((id: string) => updateFilters((f) => toggleFilterValue(f, 'places', id)));

  return (
    <div className={`map-view${presenting ? ' is-presenting' : ''}`} style={{ '--map-text-scale': textScale } as CSSProperties}>
      <div className="map-head">
        <h2>{t('map.heading')}</h2>
        <MapSummary places={places} filterCount={filters.places.length} />
      </div>
      <div className="map-body">
        <div className="map-stage">
          <div className="map-bar">
            <MapToolbar map={map} onReset={camera.reset} onWholeCountry={camera.wholeCountry}>
              <TileSettings setting={tileSetting} onChange={setTileSetting} />
              <MapModeSwitch mode={mode} onChange={setMapMode} />
            </MapToolbar>
            <NationwideCard initiativeIds={places.nationwide.initiativeIds} inferredCount={places.nationwide.inferredCount} onListAll={listNationwide} />
          </div>
          <div className="map-frame">
            {basemapQuery.isPending ? (
              <p className="map-loading" role="status">
                {t('map.loading')}
              </p>
            ) : (
              <MapContainer
                ref={setMap}
                className="map-canvas"
                center={CHINA_CENTRE}
                zoom={4}
                zoomControl={false}
                attributionControl={false}
                minZoom={3}
                maxZoom={tilesOn ? 18 : 9}
                zoomSnap={0.25}
                scrollWheelZoom={false}
              >
                <OneStepWheelZoom />
                {tilesOn && tiles.layers.map((layer) => <TileLayer key={layer.url} url={tileUrl(layer, tileSetting.tiandituKey)} subdomains={layer.subdomains} maxZoom={layer.maxZoom} />)}
                <Pane name={PANES.basemap} style={{ zIndex: '350' }}>
                  {basemap && <BasemapLayers basemap={basemap} datum={datum} renderer={renderers.shapes} zoom={view.zoom} tilesOn={tilesOn} highlights={provinceShading} detailed={detailed} />}
                  {basemap && <DetailLayers provinceIds={detailIds} datum={datum} renderer={renderers.shapes} highlights={provinceShading} tilesOn={tilesOn} />}
                </Pane>
                <Pane name={PANES.markers} style={{ zIndex: '400' }}>
                  {basemap && shaded && (
                    <ChoroplethTargets basemap={basemap} datum={datum} renderer={renderers.markers} counts={units.counts} inFilter={units.inFilter} gazetteer={dataset.gazetteer} onUnit={toggleUnit} />
                  )}
                  {basemap && !shaded && (
                    <ProvinceTargets basemap={basemap} datum={datum} groups={places.provinces} renderer={renderers.markers} places={cityById} initiativeOf={initiativeOf} onPlace={onPlace} />
                  )}
                  <PlaceMarkers
                    items={items}
                    renderer={renderers.markers}
                    highlighted={highlighted}
                    filterActive={filterActive}
                    places={cityById}
                    initiativeOf={initiativeOf}
                    onPlace={onPlace}
                    onCluster={onCluster}
                  />
                </Pane>
                <MapLabels
                  provinceLabels={basemap?.provinceLabels ?? []}
                  countryLabels={basemap?.countryLabels ?? []}
                  provinceGroups={provinceById}
                  items={items}
                  places={cityById}
                  unitTotals={shaded ? units.counts : null}
                  highlighted={highlighted}
                  datum={datum}
                  tilesOn={tilesOn}
                  textScale={textScale}
                />
                {basemap && <SouthChinaSeaInset basemap={basemap} tilesOn={tilesOn} />}
                <ViewTracker onChange={setView} onMoved={onMoved} onReady={camera.fitHome} />
              </MapContainer>
            )}
            {basemapQuery.error && (
              <p className="map-error" role="alert">
                <BasemapErrorText error={basemapQuery.error} />
              </p>
            )}
          </div>
        </div>
        <div className="map-side" role="region" aria-label={t('map.side.label')}>
          {shaded ? (
            <UnitList units={units} classes={classes} gazetteer={dataset.gazetteer} onUnit={toggleUnit} />
          ) : open ? (
            <PlacePanel
              group={open.group}
              initiativeIds={open.initiativeIds}
              isFiltered={open.group ? filters.places.includes(open.group.id) : false}
              onBack={closePlace}
              onToggleFilter={(id) => updateFilters((f) => toggleFilterValue(f, 'places', id))}
              onZoom={() => open.group && camera.zoomToPlace(open.group)}
            />
          ) : (
            <PlaceList places={places} selectedPlaces={highlighted} onOpen={openPlace} focusKey={focusKey} />
          )}
        </div>
      </div>
      <div className="map-foot">
        {shaded ? <ChoroplethLegend classes={classes} nationwideOnly={units.nationwideOnly} /> : <MapLegend keys={legendKeys} short={presenting} />}
        <MapCredits basemapShown={basemap !== null} tiles={tilesOn ? tiles : TILE_SOURCES.none} />
      </div>
    </div>
  );
}
