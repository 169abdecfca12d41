import type { Renderer } from 'leaflet';
import { memo } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { MarkerItem } from './map-clusters';
import type { PlaceGroup } from './map-places';
import { useCore } from '../../store/dashboard-context';
import { markerStyle } from './map-style';
import { MarkerTooltip, type InitiativeOf } from './MarkerTooltip';

interface Props {
  items: readonly MarkerItem[];
  renderer: Renderer;
  /** Gazetteer ids to ring: the selected initiative's places and the place open in the panel. */
  highlighted: ReadonlySet<string>;
  filterActive: boolean;
  places: ReadonlyMap<string, PlaceGroup>;
  initiativeOf: InitiativeOf;
  onPlace(group: PlaceGroup): void;
  onCluster(item: Extract<MarkerItem, { kind: 'cluster' }>): void;
}

interface MarkerProps extends Omit<Props, 'items' | 'highlighted' | 'filterActive'> {
  item: MarkerItem;
  radius: number;
  isHighlighted: boolean;
  faded: boolean;
}

const PlaceMarker = memo(function PlaceMarker({ item, radius, renderer, isHighlighted, faded, places, initiativeOf, onPlace, onCluster }: MarkerProps) {
  const cluster = item.kind === 'cluster';
  const statusCounts = cluster ? item.statusCounts : item.group.statusCounts;
  const inferred = cluster ? item.inferredCount === item.count : item.group.inferredCount === item.count;
  const { statuses } = useCore().dataset.vocabulary;
  return (
    <CircleMarker
      center={[item.lat, item.lon]}
      radius={radius}
      renderer={renderer}
      // Only the SVG renderer (no canvas, e.g. jsdom) uses class names.
      className={cluster ? 'map-marker map-cluster' : `map-marker map-marker-${item.group.id}`}
      bubblingMouseEvents={false}
      pathOptions={markerStyle({ statusCounts, statuses, inferred, faded, highlighted: isHighlighted, cluster })}
      eventHandlers={{ click: () => (item.kind === 'cluster' ? onCluster(item) : onPlace(item.group)) }}
    >
      {/* Tooltips would otherwise open in the markers' pane, under the place names. */}
      <Tooltip pane="tooltipPane" direction="top" offset={[0, -radius]} opacity={1} className="map-tooltip">
        <MarkerTooltip item={item} places={places} initiativeOf={initiativeOf} />
      </Tooltip>
    </CircleMarker>
  );
});

/** The circles: one per place (or cluster of places), drawn on canvas, biggest first so small ones stay clickable on top. */
export function PlaceMarkers({ items, highlighted, filterActive, ...rest }: Props) {
  const ordered = [...items].sort((a, b) => b.count - a.count);
  return (
    <>
      {ordered.map((item) => {
        const ids = item.kind === 'cluster' ? item.placeIds : [item.group.id];
        const isHighlighted = ids.some((id) => highlighted.has(id));
        const inFilter = item.kind === 'cluster' ? item.inFilterCount > 0 : item.group.inFilter;
        return (
          <PlaceMarker
            key={item.key}
            item={item}
            radius={item.radius}
            isHighlighted={isHighlighted}
            faded={filterActive && !inFilter}
            {...rest}
          />
        );
      })}
    </>
  );
}
