import { useState } from 'react';
import { formatFuzzyDate } from '../../model/fuzzy-date';
import { formatCount } from '../../model/labels';
import { describePlaces, partnerNames } from '../../model/describe-initiative';
import { useActions } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { useReportDrawn } from '../ready-marks';

const PAGE = 100;

export function InitiativeList() {
  const { dataset, rows: filtered, selectedId } = usePanel();
  const { select } = useActions();
  const [limit, setLimit] = useState(PAGE);
  const shown = filtered.slice(0, limit);
  useReportDrawn('list', true);
  return (
    <section className="panel list-panel" aria-labelledby="list-title">
      <h2 id="list-title">Initiatives</h2>
      {filtered.length === 0 ? (
        <p className="empty">No initiative matches the filters. Remove a filter above to see more.</p>
      ) : (
        <ul className="initiative-list">
          {shown.map(({ initiative }) => (
            <li key={initiative.id}>
              <button
                type="button"
                className="initiative-item"
                aria-pressed={initiative.id === selectedId}
                onClick={() => select(initiative.id === selectedId ? null : initiative.id)}
              >
                <span className="item-title">{initiative.title}</span>
                <span className="item-meta">
                  {formatFuzzyDate(initiative.date)} · {describePlaces(dataset, initiative)} · {partnerNames(dataset, initiative).join(', ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {filtered.length > limit && (
        <button type="button" className="button" onClick={() => setLimit(limit + PAGE * 5)}>
          Show more ({formatCount(filtered.length - limit)} not shown)
        </button>
      )}
    </section>
  );
}
