import { memo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormatter, useLocale } from '../../i18n/use-formatter';
import { initiativeTitle } from '../../model/localised';
import { useActions } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { InitiativeButtons } from './InitiativeButtons';
import { InitiativeTitle, ZH_COMPONENTS } from './MapText';

interface Props {
  initiativeIds: readonly string[];
  inferredCount: number;
  onListAll(): void;
}

const SHOWN = 5;

/**
 * Nationwide initiatives have no place to pin: the bar over the map names them with their count.
 * One is shown as its own button; several fold into a list that opens over the map.
 */
export const NationwideCard = memo(function NationwideCard({ initiativeIds, inferredCount, onListAll }: Props) {
  const { t } = useTranslation();
  const f = useFormatter();
  const locale = useLocale();
  const { index, selectedId } = usePanel();
  const { select } = useActions();
  const n = initiativeIds.length;
  if (n === 0) return null;
  const inferred = inferredCount > 0 ? (inferredCount === n ? t('map.nationwide.scopeInferred') : t('map.nationwide.scopeInferredSome', { n: f.count(inferredCount) })) : null;
  const label = (
    <>
      <Trans i18nKey="map.nationwide.label" components={ZH_COMPONENTS} /> <span className="map-count-badge">{f.count(n)}</span>
    </>
  );
  if (n === 1) {
    const id = initiativeIds[0]!;
    const initiative = index.byId.get(id)?.initiative;
    return (
      <div className="map-nationwide" role="group" aria-label={t('map.nationwide.groupLabel')}>
        <span className="map-nationwide-label">{label}</span>
        <button
          type="button"
          className="map-button map-nationwide-item"
          title={initiative ? initiativeTitle(initiative, locale).text : id}
          aria-pressed={id === selectedId}
          onClick={() => select(id === selectedId ? null : id)}
        >
          {initiative ? <InitiativeTitle initiative={initiative} /> : id}
        </button>
        {inferred && <span className="tag inferred">{inferred}</span>}
      </div>
    );
  }
  return (
    <details className="map-nationwide">
      <summary className="map-button">
        {label} <span className="map-muted">{t('map.nationwide.notPinned')}</span>
      </summary>
      <div className="map-overlay map-nationwide-list">
        {inferred && <p className="map-muted">{inferred}</p>}
        <InitiativeButtons initiativeIds={initiativeIds} pageSize={SHOWN} compact showMore={false} />
        {n > SHOWN && (
          <button type="button" className="map-button small" onClick={onListAll}>
            {t('map.nationwide.listAll', { n: f.count(n) })}
          </button>
        )}
      </div>
    </details>
  );
});
