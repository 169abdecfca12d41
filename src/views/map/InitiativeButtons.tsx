import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { statusLabel } from '../../model/labels';
import { statusColour } from '../palette';
import { useActions } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { InitiativeTitle } from './MapText';

interface Props {
  initiativeIds: readonly string[];
  /** How many to show before a "show more" button. */
  pageSize?: number;
  /** Titles only (for the overlay on the map). */
  compact?: boolean;
  /** Offer a "show more" button when the list is longer than a page. */
  showMore?: boolean;
}

/** A list of initiatives as buttons; picking one selects it (and opens the Details panel). */
export function InitiativeButtons({ initiativeIds, pageSize = 30, compact = false, showMore = true }: Props) {
  const { t } = useTranslation();
  const f = useFormatter();
  const { dataset, index, selectedId } = usePanel();
  const { select } = useActions();
  const [limit, setLimit] = useState(pageSize);
  const shown = initiativeIds.slice(0, limit);
  return (
    <>
      <ul className={`map-initiatives${compact ? ' compact' : ''}`}>
        {shown.map((id) => {
          const initiative = index.byId.get(id)?.initiative;
          if (!initiative) return null;
          const inferredPlace = initiative.places.some((p) => p.basis === 'inferred');
          return (
            <li key={id}>
              <button type="button" className="map-initiative" aria-pressed={id === selectedId} onClick={() => select(id === selectedId ? null : id)}>
                <span className="map-swatch" style={{ background: statusColour(dataset.vocabulary.statuses, initiative.status) }} aria-hidden="true" />
                <span className="map-initiative-text">
                  <span className="map-initiative-title">
                    <InitiativeTitle initiative={initiative} />
                  </span>
                  <span className="map-muted">
                    {!compact && `${f.date(initiative.date)} · ${statusLabel(dataset, f.locale, initiative.status)}`}
                    {inferredPlace && <span className="tag inferred">{t('map.initiatives.placeInferred')}</span>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {showMore && initiativeIds.length > limit && (
        <button type="button" className="map-button small" onClick={() => setLimit(limit + pageSize * 5)}>
          {t('map.initiatives.showMore', { n: f.count(initiativeIds.length - limit) })}
        </button>
      )}
    </>
  );
}
