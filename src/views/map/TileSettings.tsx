import { useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ZH_COMPONENTS } from './MapText';
import { TILE_NOTE_VALUES, TILE_SOURCE_IDS, TILE_SOURCES, type TileSourceId } from './tile-sources';
import type { TileSetting } from './use-tile-setting';

interface Props {
  setting: TileSetting;
  onChange(next: TileSetting): void;
}

function SourceNote({ sourceId }: { sourceId: TileSourceId }) {
  const { t } = useTranslation();
  const source = TILE_SOURCES[sourceId];
  const note = t(`map.settings.source.${sourceId}.note`, TILE_NOTE_VALUES);
  return <>{source.hosts ? t('map.settings.noteWithHosts', { note, hosts: source.hosts }) : note}</>;
}

/** Opt-in online tiles. Off (offline basemap) unless the user picks a source here; remembered in this browser. */
export function TileSettings({ setting, onChange }: Props) {
  const { t } = useTranslation();
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
    // Esc closes the panel wherever focus is inside the control, the toggle included (and goes no further).
    <div
      className="map-settings"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        close();
      }}
    >
      <button type="button" ref={toggle} className="map-button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t('map.settings.button')}
      </button>
      {open && (
        <div className="map-overlay map-settings-panel" id={`${id}-panel`}>
          <fieldset>
            <legend>{t('map.settings.legend')}</legend>
            <p className="map-muted">{t('map.settings.intro')}</p>
            {TILE_SOURCE_IDS.map((sourceId) => (
              <label key={sourceId} className="map-radio">
                <input
                  type="radio"
                  name={`${id}-source`}
                  value={sourceId}
                  checked={setting.source === sourceId}
                  onChange={() => onChange({ ...setting, source: sourceId })}
                />
                <span>
                  <Trans i18nKey={`map.settings.source.${sourceId}.label`} components={ZH_COMPONENTS} />
                  <span className="map-muted map-radio-note">
                    <SourceNote sourceId={sourceId} />
                  </span>
                </span>
              </label>
            ))}
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
                <Trans i18nKey="map.settings.keyLabel" components={ZH_COMPONENTS} />
                <input value={key} onChange={(event) => setKey(event.target.value)} autoComplete="off" spellCheck={false} />
              </label>
              <button type="submit" className="map-button">
                {t('map.settings.useKey')}
              </button>
              {needsKey && <p role="status">{t('map.settings.needsKey')}</p>}
            </form>
          )}
          <button type="button" className="map-button" onClick={close}>
            {t('map.settings.close')}
          </button>
        </div>
      )}
    </div>
  );
}
