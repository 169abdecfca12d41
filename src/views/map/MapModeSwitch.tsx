import { useTranslation } from 'react-i18next';
import { MAP_MODES, type MapMode } from '../../store/view-state';

interface Props {
  mode: MapMode;
  onChange(mode: MapMode): void;
}

/** Circles at places, or provincial-level units shaded by their count: two toggle buttons. */
export function MapModeSwitch({ mode, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="map-mode" role="group" aria-label={t('map.mode.label')}>
      {MAP_MODES.map((m) => (
        <button key={m} type="button" className="map-button" aria-pressed={mode === m} onClick={() => onChange(m)}>
          {t(`map.mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
