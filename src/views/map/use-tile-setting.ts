import { useCallback, useState } from 'react';
import { z } from 'zod';
import { TILE_SOURCE_IDS, type TileSourceId } from './tile-sources';

/** The user's online-tile choice, remembered in this browser only (localStorage), never in the URL. */
export interface TileSetting {
  source: TileSourceId;
  /** The user's own Tianditu browser key. */
  tiandituKey: string;
}

export const TILE_SETTING_KEY = 'carbon-dashboard:map-tiles';
export const DEFAULT_TILE_SETTING: TileSetting = { source: 'none', tiandituKey: '' };

const TileSettingSchema = z.object({
  source: z.enum(TILE_SOURCE_IDS as [TileSourceId, ...TileSourceId[]]),
  tiandituKey: z.string().max(200).default(''),
});

export function readTileSetting(storage: Pick<Storage, 'getItem'> | undefined): TileSetting {
  try {
    const raw = storage?.getItem(TILE_SETTING_KEY);
    if (!raw) return DEFAULT_TILE_SETTING;
    const parsed = TileSettingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_TILE_SETTING;
  } catch {
    // Storage can be blocked (private mode, file://): fall back to offline.
    return DEFAULT_TILE_SETTING;
  }
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function useTileSetting(): [TileSetting, (next: TileSetting) => void] {
  const [setting, setSetting] = useState(() => readTileSetting(browserStorage()));
  const update = useCallback((next: TileSetting) => {
    setSetting(next);
    try {
      browserStorage()?.setItem(TILE_SETTING_KEY, JSON.stringify(next));
    } catch {
      // Not remembered, but still applied for this page.
    }
  }, []);
  return [setting, update];
}
