import { useId, useState } from 'react';
import type { IndexedInitiative } from '../../model/dataset-index';
import { formatCount } from '../../model/labels';

interface UndatedLaneProps {
  rows: readonly IndexedInitiative[];
  selectedId: string | null;
  /** Why the other views leave these out right now, if they do. */
  leftOut: string | null;
  onSelect(id: string | null): void;
}

const LIST_LIMIT = 200;

/** Initiatives with no known date: counted and listed here, never placed on the axis at a made-up date. */
export function UndatedLane({ rows, selectedId, leftOut, onSelect }: UndatedLaneProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const count = rows.length;
  return (
    <div className="tl-undated">
      <button type="button" className="tl-undated-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} disabled={count === 0}>
        <span className="tl-undated-name">Undated</span>{' '}
        <span className="tl-undated-count">
          {formatCount(count)} {count === 1 ? 'initiative' : 'initiatives'} with no known date
        </span>{' '}
        {count > 0 && <span className="tl-undated-action">{open ? 'Hide list' : 'List them'}</span>}
      </button>
      {leftOut && count > 0 && <span className="tl-undated-note">{leftOut}</span>}
      {open && count > 0 && (
        <ul id={listId} className="tl-undated-list" aria-label="Undated initiatives">
          {rows.slice(0, LIST_LIMIT).map(({ initiative }) => (
            <li key={initiative.id}>
              <button
                type="button"
                className="tl-undated-item"
                aria-pressed={initiative.id === selectedId}
                onClick={() => onSelect(initiative.id === selectedId ? null : initiative.id)}
              >
                {initiative.title}
              </button>
            </li>
          ))}
          {count > LIST_LIMIT && <li className="muted">and {formatCount(count - LIST_LIMIT)} more: narrow the filters to list them</li>}
        </ul>
      )}
    </div>
  );
}
