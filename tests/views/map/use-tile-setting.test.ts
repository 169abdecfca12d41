import { describe, expect, it } from 'vitest';
import { TILE_SOURCES, tileUrl } from '../../../src/views/map/tile-sources';
import { DEFAULT_TILE_SETTING, readTileSetting, TILE_SETTING_KEY } from '../../../src/views/map/use-tile-setting';

const storage = (value: string | null) => ({ getItem: (key: string) => (key === TILE_SETTING_KEY ? value : null) });

describe(readTileSetting, () => {
  it('is offline unless the user chose a source', () => {
    expect(readTileSetting(storage(null))).toEqual(DEFAULT_TILE_SETTING);
    expect(DEFAULT_TILE_SETTING.source).toBe('none');
    expect(TILE_SOURCES.none.layers).toEqual([]);
  });

  it('reads a remembered choice and ignores anything malformed', () => {
    expect(readTileSetting(storage('{"source":"tianditu","tiandituKey":"abc"}'))).toEqual({ source: 'tianditu', tiandituKey: 'abc' });
    expect(readTileSetting(storage('{"source":"google"}'))).toEqual(DEFAULT_TILE_SETTING);
    expect(readTileSetting(storage('not json'))).toEqual(DEFAULT_TILE_SETTING);
    expect(readTileSetting({ getItem: () => { throw new Error('blocked'); } })).toEqual(DEFAULT_TILE_SETTING);
  });
});

describe(tileUrl, () => {
  it('fills in the Tianditu key, encoded', () => {
    expect(tileUrl(TILE_SOURCES.tianditu.layers[0]!, 'a b&c')).toContain('tk=a%20b%26c');
  });

  it('marks Amap as GCJ-02, the others as WGS-84', () => {
    expect(TILE_SOURCES.amap.datum).toBe('GCJ02');
    expect([TILE_SOURCES.osm.datum, TILE_SOURCES.tianditu.datum]).toEqual(['WGS84', 'WGS84']);
  });
});
