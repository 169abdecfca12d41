import { useId, useRef, useState } from 'react';
import { TILE_SOURCE_IDS, TILE_SOURCES } from './tile-sources';
import type { TileSetting } from './use-tile-setting';

interface Props {
  setting: TileSetting;
  onChange(next: TileSetting): void;
}

/** Opt-in online tiles. Off (offline basemap) unless the user picks a source here; remembered in this browser. */
export function TileSettings({ setting, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const [key, setKey] = useState(setting.tiandituKey);
  const id = useId();
  const needsKey = TILE_SOURCES[setting.source].needsKey && !setting.tiandituKey;
  return (
    <div className="map-settings">
      <button type="button" ref={toggle} className="map-button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        Map settings
      </button>
      {open && (
        <div className="map-overlay map-settings-panel" id={`${id}-panel`} onKeyDown={(event) => event.key === 'Escape' && close()}>
          <fieldset>
            <legend>Online map tiles</legend>
            <p className="map-muted">Off by default: the map works offline. A tile source sends requests to its servers.</p>
            {TILE_SOURCE_IDS.map((sourceId) => {
              const source = TILE_SOURCES[sourceId];
              return (
                <label key={sourceId} className="map-radio">
                  <input
                    type="radio"
                    name={`${id}-source`}
                    value={sourceId}
                    checked={setting.source === sourceId}
                    onChange={() => onChange({ ...setting, source: sourceId })}
                  />
                  <span>
                    {source.label}
                    <span className="map-muted map-radio-note">
                      {source.note}
                      {source.hosts && ` Contacts ${source.hosts}.`}
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
          {setting.source === 'tianditu' && (
            <form
              className="map-key-form"
              onSubmit={(event) => {
                event.preventDefault();
                onChange({ ...setting, tiandituKey: key.trim() });
              }}
            >
              <label>
                Tianditu key <span lang="zh">天地图密钥</span>
                <input value={key} onChange={(event) => setKey(event.target.value)} autoComplete="off" spellCheck={false} />
              </label>
              <button type="submit" className="map-button">
                Use key
              </button>
              {needsKey && <p role="status">Tianditu tiles need your key; until then only the offline basemap shows.</p>}
            </form>
          )}
          <button type="button" className="map-button" onClick={close}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
