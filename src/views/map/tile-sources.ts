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

/**
 * A source's name, note and attribution are in the locale files (map.settings.source.<id>), so
 * they read in the display language; what is here is not translated (hosts, URLs).
 */
export interface TileSource {
  id: TileSourceId;
  /** Hosts the browser will contact, said to the user before they opt in. */
  hosts: string;
  datum: Datum;
  needsKey: boolean;
  /** Base layer first, then overlays such as Tianditu's annotation layer. */
  layers: TileLayerConfig[];
  /** The provider's credit (its text: map.settings.source.<id>.attribution), linked here. */
  attribution: { href: string } | null;
}

const TIANDITU_WMTS = (layer: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}`;

export const TILE_SOURCES: Record<TileSourceId, TileSource> = {
  none: {
    id: 'none',
    hosts: '',
    datum: 'WGS84',
    needsKey: false,
    layers: [],
    attribution: null,
  },
  osm: {
    id: 'osm',
    hosts: 'tile.openstreetmap.org',
    datum: 'WGS84',
    needsKey: false,
    layers: [{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', subdomains: '', maxZoom: 19 }],
    attribution: { href: 'https://www.openstreetmap.org/copyright' },
  },
  tianditu: {
    id: 'tianditu',
    hosts: 't0-t7.tianditu.gov.cn',
    datum: 'WGS84',
    needsKey: true,
    layers: [
      { url: TIANDITU_WMTS('vec'), subdomains: '01234567', maxZoom: 18 },
      { url: TIANDITU_WMTS('cva'), subdomains: '01234567', maxZoom: 18 },
    ],
    attribution: { href: 'https://www.tianditu.gov.cn/' },
  },
  amap: {
    id: 'amap',
    hosts: 'webrd01-04.is.autonavi.com',
    datum: 'GCJ02',
    needsKey: false,
    layers: [{ url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}', subdomains: '1234', maxZoom: 18 }],
    attribution: { href: 'https://www.amap.com/' },
  },
};

/** What the sources' notes (map.settings.source.<id>.note) name, not translated: a datum, a console's address, a library. */
export const TILE_NOTE_VALUES = { datum: 'CGCS2000', console: 'console.tianditu.gov.cn', library: 'gcoord' } as const;

export const TILE_SOURCE_IDS = Object.keys(TILE_SOURCES) as TileSourceId[];

/** The URL template with the user's key filled in (keys are URL-encoded). */
export function tileUrl(layer: TileLayerConfig, key: string): string {
  return layer.url.replace('{key}', encodeURIComponent(key));
}
