import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap, useMapEvents } from 'react-leaflet';
import { useLocale } from '../../i18n/use-formatter';
import type { Basemap } from './map-basemap';
import { viewBounds } from './map-view-bounds';
import { insetLayers, insetProjection, insetWidth, needsInset } from './map-inset';
import { BASEMAP_COLOURS } from './map-style';

interface Props {
  basemap: Basemap;
  /** Online tiles draw their own map; the inset still shows the islands over its sea colour. */
  tilesOn: boolean;
}

/**
 * 南海诸岛: on national views, the South China Sea islands and the ten-dash line in a framed inset in
 * the lower right, as official Chinese maps show them, drawn from the same basemap layers.
 * Rendered inside the MapContainer, over the panes; it never takes the pointer.
 */
export function SouthChinaSeaInset({ basemap, tilesOn }: Props) {
  const map = useMap();
  const { t } = useTranslation();
  const locale = useLocale();
  const [view, setView] = useState(() => ({ bounds: viewBounds(map), width: map.getSize().x }));
  useMapEvents({
    moveend: () => setView({ bounds: viewBounds(map), width: map.getSize().x }),
    resize: () => setView({ bounds: viewBounds(map), width: map.getSize().x }),
  });
  const width = insetWidth(view.width);
  const projection = useMemo(() => insetProjection(width), [width]);
  const layers = useMemo(() => insetLayers(basemap, projection), [basemap, projection]);
  if (view.width === 0 || !needsInset(view.bounds)) return null;
  return (
    <figure className="map-inset" data-testid="scs-inset" role="img" aria-label={t('map.inset.label')} style={{ width }}>
      <svg width={projection.width} height={projection.height} viewBox={`0 0 ${projection.width} ${projection.height}`} aria-hidden="true">
        <rect width={projection.width} height={projection.height} fill={BASEMAP_COLOURS.sea} />
        {!tilesOn && <path d={layers.neighbours} fill={BASEMAP_COLOURS.neighbour} stroke={BASEMAP_COLOURS.neighbourBorder} strokeWidth={0.6} />}
        <path d={layers.provinces} fill={BASEMAP_COLOURS.land} stroke={BASEMAP_COLOURS.nationalBorder} strokeWidth={0.7} />
        <path className="map-inset-islands" d={layers.islands} fill={BASEMAP_COLOURS.land} stroke={BASEMAP_COLOURS.nationalBorder} strokeWidth={0.8} />
        {layers.islandDots.map(([x, y], i) => (
          <circle key={i} cx={x} cy={y} r={1.4} fill={BASEMAP_COLOURS.nationalBorder} />
        ))}
        <path className="map-inset-dashes" d={layers.dashes} fill={BASEMAP_COLOURS.dash} stroke={BASEMAP_COLOURS.dash} strokeWidth={1.3} strokeLinejoin="round" />
      </svg>
      <figcaption>
        <span lang="zh">{t('map.inset.nameZh')}</span>
        {locale !== 'zh' && <span className="map-inset-en">{t('map.inset.name')}</span>}
      </figcaption>
    </figure>
  );
}
