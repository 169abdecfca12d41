import { useTranslation } from 'react-i18next';
import type { FuzzyDate } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { reasonText } from '../../model/localised';

/** A dataset date at its precision, with its basis (推断 / inferred) and the curator's reason. */
export function DateLine({ date }: { date: FuzzyDate }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const reason = reasonText(date, f.locale);
  return (
    <span className="date-line">
      <strong>{f.dateValue(date)}</strong>
      {date.precision !== 'unknown' && <span className="muted"> · {t(`details.date.precision.${date.precision}`)}</span>}
      {date.basis === 'inferred' && <span className="tag inferred">{t('common.date.inferred')}</span>}
      {reason && (
        <span className="reason" lang={reason.lang}>
          {reason.text}
        </span>
      )}
    </span>
  );
}
