import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { scopeLabel } from '../../model/labels';
import { useCore } from '../../store/dashboard-context';
import type { PlaceGroup } from './map-places';
import { InitiativeButtons } from './InitiativeButtons';
import { NationwideName, PlaceName } from './MapText';

interface Props {
  /** null for the nationwide list. */
  group: PlaceGroup | null;
  initiativeIds: readonly string[];
  /** The place's own id is in the places filter. */
  isFiltered: boolean;
  onBack(): void;
  onToggleFilter(id: string): void;
  onZoom(): void;
}

/** The initiatives at one place (or nationwide), each a button that opens its details. */
export function PlacePanel({ group, initiativeIds, isFiltered, onBack, onToggleFilter, onZoom }: Props) {
  const { t } = useTranslation();
  const f = useFormatter();
  const { dataset } = useCore();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = group ? `${group.kind}:${group.id}` : 'nationwide';
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [key]);
  const n = initiativeIds.length;
  const scope = group ? (group.kind === 'province' ? t(`map.panel.wholeUnit.${group.place.provinceType}`) : scopeLabel(dataset, f.locale, 'city')) : scopeLabel(dataset, f.locale, 'nationwide');
  return (
    // Escape goes back to the list of places, like the "All places" button.
    <div className="map-place-panel" onKeyDown={(event) => event.key === 'Escape' && onBack()}>
      <button type="button" className="map-button small" onClick={onBack}>
        {t('map.panel.back')}
      </button>
      <h3 id="map-place-title" ref={heading} tabIndex={-1}>
        {group ? <PlaceName place={group.place} /> : <NationwideName />}
      </h3>
      <p className="map-muted">
        {`${scope} · ${t('map.count.initiatives', { count: n, n: f.count(n) })}`}
        {group && group.inferredCount > 0 && (
          <span className="tag inferred">{group.inferredCount === n ? t('map.panel.placeInferred') : t('map.panel.inferredSome', { n: f.count(group.inferredCount) })}</span>
        )}
      </p>
      {group && (
        <div className="map-place-actions">
          <button type="button" className="map-button" aria-pressed={isFiltered} onClick={() => onToggleFilter(group.id)}>
            {t('map.panel.filter')}
          </button>
          <button type="button" className="map-button" onClick={onZoom}>
            {t('map.panel.zoom')}
          </button>
        </div>
      )}
      <InitiativeButtons key={key} initiativeIds={initiativeIds} />
    </div>
  );
}
