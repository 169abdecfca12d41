import type { Datum } from './map-datum';

/**
 * The one place that configures online map tiles. They are off by default: with `none` the map
 * draws only the basemap shipped with the app and no request leaves the page's origin. Any other
 * source is the user's explicit choice in the map settings.
 */
export type TileSourceId = 'none' | 'osm' | 'tianditu' | 'amap';

export interface TileLayerConfig {
  /** Leaflet URL template; `{key}` is replaced by the user's key. */
  url: string;
  subdomains: string;
  maxZoom: number;
}

export interface TileSource {
  id: TileSourceId;
  label: string;
  /** Hosts the browser will contact, said to the user before they opt in. */
  hosts: string;
  datum: Datum;
  needsKey: boolean;
  /** Base layer first, then overlays such as Tianditu's annotation layer. */
  layers: TileLayerConfig[];
  attribution: { text: string; href: string } | null;
  note: string;
}

const TIANDITU_WMTS = (layer: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}`;

export const TILE_SOURCES: Record<TileSourceId, TileSource> = {
  none: {
    id: 'none',
    label: 'None: offline basemap only',
    hosts: '',
    datum: 'WGS84',
    needsKey: false,
    layers: [],
    attribution: null,
    note: 'Provinces and neighbouring countries shipped with the app. Works without a network.',
  },
  osm: {
    id: 'osm',
    label: 'OpenStreetMap',
    hosts: 'tile.openstreetmap.org',
    datum: 'WGS84',
    needsKey: false,
    layers: [{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', subdomains: '', maxZoom: 19 }],
    attribution: { text: '© OpenStreetMap contributors', href: 'https://www.openstreetmap.org/copyright' },
    note: 'WGS-84. OpenStreetMap draws some boundaries differently from Chinese maps.',
  },
  tianditu: {
    id: 'tianditu',
    label: 'Tianditu 天地图 (your own key)',
    hosts: 't0-t7.tianditu.gov.cn',
    datum: 'WGS84',
    needsKey: true,
    layers: [
      { url: TIANDITU_WMTS('vec'), subdomains: '01234567', maxZoom: 18 },
      { url: TIANDITU_WMTS('cva'), subdomains: '01234567', maxZoom: 18 },
    ],
    attribution: { text: '© 天地图 Tianditu, National Geomatics Center of China', href: 'https://www.tianditu.gov.cn/' },
    note: 'CGCS2000, which matches WGS-84 at map scale. Needs a browser key from console.tianditu.gov.cn.',
  },
  amap: {
    id: 'amap',
    label: 'Amap 高德地图',
    hosts: 'webrd01-04.is.autonavi.com',
    datum: 'GCJ02',
    needsKey: false,
    layers: [{ url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}', subdomains: '1234', maxZoom: 18 }],
    attribution: { text: '© 高德地图 AutoNavi', href: 'https://www.amap.com/' },
    note: 'GCJ-02: markers and borders are shifted with gcoord so they sit on Amap’s streets.',
  },
};

export const TILE_SOURCE_IDS = Object.keys(TILE_SOURCES) as TileSourceId[];

/** The URL template with the user's key filled in (keys are URL-encoded). */
export function tileUrl(layer: TileLayerConfig, key: string): string {
  return layer.url.replace('{key}', encodeURIComponent(key));
}
