import { memo } from 'react';
import { useActions } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { formatCount } from '../../model/labels';
import { InitiativeButtons } from './InitiativeButtons';

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
  const { index, selectedId } = usePanel();
  const { select } = useActions();
  const n = initiativeIds.length;
  if (n === 0) return null;
  const inferred = inferredCount > 0 ? (inferredCount === n ? 'scope inferred' : `${formatCount(inferredCount)} with scope inferred`) : null;
  const label = (
    <>
      <span lang="zh">全国</span> Nationwide <span className="map-count-badge">{formatCount(n)}</span>
    </>
  );
  if (n === 1) {
    const id = initiativeIds[0]!;
    const title = index.byId.get(id)?.initiative.title ?? id;
    return (
      <div className="map-nationwide" role="group" aria-label="Nationwide initiatives, not pinned to a place">
        <span className="map-nationwide-label">{label}</span>
        <button type="button" className="map-button map-nationwide-item" title={title} aria-pressed={id === selectedId} onClick={() => select(id === selectedId ? null : id)}>
          {title}
        </button>
        {inferred && <span className="tag inferred">{inferred}</span>}
      </div>
    );
  }
  return (
    <details className="map-nationwide">
      <summary className="map-button">
        {label} <span className="map-muted">not pinned to a place</span>
      </summary>
      <div className="map-overlay map-nationwide-list">
        {inferred && <p className="map-muted">{inferred}</p>}
        <InitiativeButtons initiativeIds={initiativeIds} pageSize={SHOWN} compact showMore={false} />
        {n > SHOWN && (
          <button type="button" className="map-button small" onClick={onListAll}>
            List all {formatCount(n)} nationwide
          </button>
        )}
      </div>
    </details>
  );
});
