import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Renderer } from 'leaflet';
import { memo, useMemo } from 'react';
import { Tooltip } from 'react-leaflet';
import type { Basemap, ProvinceProperties } from './map-basemap';
import { collectionToDatum, type Datum } from './map-datum';
import type { PlaceGroup } from './map-places';
import { MarkerTooltip, type InitiativeOf } from './MarkerTooltip';
import { VectorGeoJSON } from './VectorGeoJSON';

interface Props {
  basemap: Basemap;
  datum: Datum;
  groups: readonly PlaceGroup[];
  /** The markers' canvas: a canvas over the SVG basemap takes every pointer event, so the targets live in it. */
  renderer: Renderer;
  places: ReadonlyMap<string, PlaceGroup>;
  initiativeOf: InitiativeOf;
  onPlace(group: PlaceGroup): void;
}

/** Invisible, drawn under the circles: the canvas hit-tests them for hover and click. */
const INVISIBLE = { fill: true, fillOpacity: 0, stroke: false } as const;
const targetStyle = (id: string) => ({ ...INVISIBLE, className: `map-province-target map-province-target-${id}` });
const SEND_TO_BACK = (event: { target: { bringToBack(): void } }) => event.target.bringToBack();

const Target = memo(function Target({ feature, group, renderer, places, initiativeOf, onPlace }: { feature: Feature<Polygon | MultiPolygon, ProvinceProperties>; group: PlaceGroup } & Pick<Props, 'renderer' | 'places' | 'initiativeOf' | 'onPlace'>) {
  // Given as `style`, read when the path is made: class names reach the SVG renderer only (jsdom), the canvas ignores them.
  const style = useMemo(() => () => targetStyle(group.id), [group.id]);
  return (
    <VectorGeoJSON data={feature} renderer={renderer} style={style} bubblingMouseEvents={false} eventHandlers={{ add: SEND_TO_BACK, click: () => onPlace(group) }}>
      <Tooltip pane="tooltipPane" sticky opacity={1} className="map-tooltip">
        <MarkerTooltip item={group} places={places} initiativeOf={initiativeOf} />
      </Tooltip>
    </VectorGeoJSON>
  );
});

/**
 * Hover and click targets for the provinces with whole-province initiatives (their shading is
 * part of the basemap's province layer): the tooltip names them, a click opens their list.
 */
export function ProvinceTargets({ basemap, datum, groups, ...rest }: Props) {
  const features = useMemo(() => new Map(collectionToDatum(datum, basemap.provinces).features.map((f) => [f.properties.id, f])), [basemap, datum]);
  return (
    <>
      {groups.map((group) => {
        const feature = features.get(group.id);
        return feature ? <Target key={`${group.id}-${datum}`} feature={feature} group={group} {...rest} /> : null;
      })}
    </>
  );
}
