import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Renderer } from 'leaflet';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Tooltip } from 'react-leaflet';
import type { GazetteerPlace } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import type { Basemap, ProvinceProperties } from './map-basemap';
import { collectionToDatum, type Datum } from './map-datum';
import { ProvincialUnitName } from './MapText';
import { VectorGeoJSON } from './VectorGeoJSON';

interface Props {
  basemap: Basemap;
  datum: Datum;
  renderer: Renderer;
  counts: ReadonlyMap<string, number>;
  inFilter: ReadonlySet<string>;
  gazetteer: ReadonlyMap<string, GazetteerPlace>;
  onUnit(id: string): void;
}

const INVISIBLE = { fill: true, fillOpacity: 0, stroke: false } as const;
const SEND_TO_BACK = (event: { target: { bringToBack(): void } }) => event.target.bringToBack();

const Target = memo(function Target({ feature, count, filtered, place, renderer, onUnit }: { feature: Feature<Polygon | MultiPolygon, ProvinceProperties>; count: number; filtered: boolean; place: GazetteerPlace | undefined } & Pick<Props, 'renderer' | 'onUnit'>) {
  const { t } = useTranslation();
  const f = useFormatter();
  const id = feature.properties.id;
  const style = useMemo(() => () => ({ ...INVISIBLE, className: `map-unit-target map-unit-target-${id}` }), [id]);
  return (
    <VectorGeoJSON data={feature} renderer={renderer} style={style} bubblingMouseEvents={false} eventHandlers={{ add: SEND_TO_BACK, click: () => onUnit(id) }}>
      <Tooltip pane="tooltipPane" sticky opacity={1} className="map-tooltip">
        <div className="map-tip">
          <div className="map-tip-head">{place ? <ProvincialUnitName place={place} /> : feature.properties.nameZh}</div>
          <div>{t('map.count.initiatives', { count, n: f.count(count) })}</div>
          <div className="map-tip-hint">{filtered ? t('map.choropleth.hintUnfilter') : t('map.choropleth.hintFilter')}</div>
        </div>
      </Tooltip>
    </VectorGeoJSON>
  );
});

/** In the shaded mode, every provincial-level unit is a hover and click target: a click filters to it (or back). */
export function ChoroplethTargets({ basemap, datum, counts, inFilter, gazetteer, ...rest }: Props) {
  const features = useMemo(() => collectionToDatum(datum, basemap.provinces).features, [basemap, datum]);
  return (
    <>
      {features.map((feature) => {
        const id = feature.properties.id;
        return <Target key={`${id}-${datum}`} feature={feature} count={counts.get(id) ?? 0} filtered={inFilter.has(id)} place={gazetteer.get(id)} {...rest} />;
      })}
    </>
  );
}
