import type { Map as LeafletMap } from 'leaflet';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  map: LeafletMap | null;
  onReset(): void;
  onWholeCountry(): void;
  children?: ReactNode;
}

/** The zoom-out button's sign (U+2212), a symbol: its name is the aria-label. */
const MINUS = '\u2212';

/** Big, labelled buttons over the map's top-left corner (Leaflet's own zoom control is off). */
export function MapToolbar({ map, onReset, onWholeCountry, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="map-toolbar" role="group" aria-label={t('map.toolbar.label')}>
      <button type="button" className="map-button square" aria-label={t('map.toolbar.zoomIn')} title={t('map.toolbar.zoomIn')} disabled={!map} onClick={() => map?.zoomIn()}>
        +
      </button>
      <button type="button" className="map-button square" aria-label={t('map.toolbar.zoomOut')} title={t('map.toolbar.zoomOut')} disabled={!map} onClick={() => map?.zoomOut()}>
        {MINUS}
      </button>
      <button type="button" className="map-button" disabled={!map} onClick={onReset}>
        {t('map.toolbar.reset')}
      </button>
      <button type="button" className="map-button" disabled={!map} onClick={onWholeCountry}>
        {t('map.toolbar.wholeCountry')}
      </button>
      {children}
    </div>
  );
}
