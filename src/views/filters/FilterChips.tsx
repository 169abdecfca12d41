import { clearClause, DEFAULT_FILTERS, toggleFilterValue } from '../../filters/filters';
import { useControls } from '../../store/use-controls';
import { toFilterChips } from '../../filters/filter-chips';

export function FilterChips() {
  const { dataset, filters, updateFilters } = useControls();
  const chips = toFilterChips(filters, dataset);
  // One row tall with or without chips, so the first filter does not push the dashboard down.
  if (chips.length === 0)
    return (
      <div className="chips-row">
        <p className="muted no-filters">No filters: showing everything.</p>
      </div>
    );
  return (
    <div className="chips-row">
      <ul className="chips" aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span>{chip.label}</span>
            <button
              type="button"
              aria-label={`Remove filter ${chip.label}`}
              onClick={() =>
                updateFilters((f) => (chip.field && chip.value !== undefined ? toggleFilterValue(f, chip.field, chip.value as never) : clearClause(f, chip.clause)))
              }
            >
              ×
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button small" onClick={() => updateFilters(() => DEFAULT_FILTERS)}>
            Clear all
          </button>
        </li>
      </ul>
    </div>
  );
}
