import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { AUTO_MAX_SECONDS, AUTO_MIN_SECONDS } from '../deck/present-url';

/** Auto-advance for an unattended screen: on/off and the seconds between scenes; it loops. */
export function AutoAdvanceField({ auto, suggested, onChange }: { auto: number | null; suggested: number; onChange(seconds: number | null): void }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const [seconds, setSeconds] = useState(String(auto ?? suggested));
  const parsed = Number(seconds);
  const valid = Number.isInteger(parsed) && parsed >= AUTO_MIN_SECONDS && parsed <= AUTO_MAX_SECONDS;
  return (
    <fieldset className="auto-advance">
      <legend>{t('present.auto.legend')}</legend>
      <label className="auto-advance-check">
        <input type="checkbox" checked={auto !== null} disabled={!valid} onChange={(event) => onChange(event.target.checked ? parsed : null)} />
        <span>{t('present.auto.check')}</span>
      </label>
      <label className="auto-advance-seconds">
        <span>{t('present.auto.seconds')}</span>
        <input
          type="number"
          min={AUTO_MIN_SECONDS}
          max={AUTO_MAX_SECONDS}
          step={1}
          value={seconds}
          aria-invalid={!valid}
          onChange={(event) => {
            setSeconds(event.target.value);
            const n = Number(event.target.value);
            if (auto !== null && Number.isInteger(n) && n >= AUTO_MIN_SECONDS && n <= AUTO_MAX_SECONDS) onChange(n);
          }}
        />
      </label>
      {!valid && <p className="deck-notice">{t('present.auto.range', { min: format.count(AUTO_MIN_SECONDS), max: format.count(AUTO_MAX_SECONDS) })}</p>}
    </fieldset>
  );
}
