import { useCallback, useState } from 'react';
import { browserStorage } from '../deck/deck-store';
import { readPresentSettings, writePresentSettings, type PresentSettings } from '../deck/present-settings';

export function usePresentSettings(): [PresentSettings, (patch: Partial<PresentSettings>) => void] {
  const [settings, setSettings] = useState(() => readPresentSettings(browserStorage()));
  const update = useCallback(
    (patch: Partial<PresentSettings>) =>
      setSettings((current) => {
        const next = { ...current, ...patch };
        writePresentSettings(browserStorage(), next);
        return next;
      }),
    [],
  );
  return [settings, update];
}
