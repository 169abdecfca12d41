import { useEffect, useRef } from 'react';
import { formatCount, SCOPE_LABELS } from '../../model/labels';
import type { PlaceGroup } from './map-places';
import { InitiativeButtons } from './InitiativeButtons';
import { PlaceName } from './MarkerTooltip';

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
  const heading = useRef<HTMLHeadingElement>(null);
  const key = group ? `${group.kind}:${group.id}` : 'nationwide';
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [key]);
  const n = initiativeIds.length;
  return (
    // Escape goes back to the list of places, like the "All places" button.
    <div className="map-place-panel" onKeyDown={(event) => event.key === 'Escape' && onBack()}>
      <button type="button" className="map-button small" onClick={onBack}>
        ← All places
      </button>
      <h3 id="map-place-title" ref={heading} tabIndex={-1}>
        {group ? <PlaceName place={group.place} /> : <>China <span lang="zh">全国</span></>}
      </h3>
      <p className="map-muted">
        {group ? (group.kind === 'province' ? 'Whole province' : SCOPE_LABELS.city) : SCOPE_LABELS.nationwide} · {formatCount(n)} initiative{n === 1 ? '' : 's'}
        {group && group.inferredCount > 0 && (
          <span className="tag inferred">{group.inferredCount === n ? 'place inferred' : `${formatCount(group.inferredCount)} inferred`}</span>
        )}
      </p>
      {group && (
        <div className="map-place-actions">
          <button type="button" className="map-button" aria-pressed={isFiltered} onClick={() => onToggleFilter(group.id)}>
            Filter to this place
          </button>
          <button type="button" className="map-button" onClick={onZoom}>
            Zoom to place
          </button>
        </div>
      )}
      <InitiativeButtons key={key} initiativeIds={initiativeIds} />
    </div>
  );
}
