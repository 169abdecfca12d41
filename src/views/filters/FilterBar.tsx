import { useCallback } from 'react';
import { toggleFilterValue, type ListField } from '../../filters/filters';
import { useDashboard } from '../dashboard-context';
import { FilterChips } from './FilterChips';
import { filterOptionsFor } from './filter-options';
import { MultiSelectFilter } from './MultiSelectFilter';
import { useSearchDraft } from './use-search-draft';

const PICKERS: Array<{ field: ListField; label: string }> = [
  { field: 'sectors', label: 'Sector' },
  { field: 'partners', label: 'Partner' },
  { field: 'partnerKinds', label: 'Partner kind' },
  { field: 'places', label: 'Place' },
  { field: 'statuses', label: 'Status' },
  { field: 'instruments', label: 'Instrument' },
];

/** `onSearchFocus` lets the dashboard build the search index only once someone is about to search. */
export function FilterBar({ indexing, onSearchFocus }: { indexing: boolean; onSearchFocus: () => void }) {
  const { dataset, index, filters, updateFilters, rowsExcept } = useDashboard();
  const commitQuery = useCallback((text: string) => updateFilters((f) => ({ ...f, query: text }), { replace: true }), [updateFilters]);
  const [text, setText] = useSearchDraft(filters.query, commitQuery);

  return (
    <nav className="filter-bar" aria-label="Filters">
      <div className="filter-controls">
        <label className="search">
          <span>Search</span>
          <input
            type="search"
            value={text}
            placeholder="Title, partner, place (EN/中文), person…"
            onChange={(event) => setText(event.target.value)}
            onFocus={onSearchFocus}
          />
          {indexing && (
            <span className="search-status" role="status">
              Preparing search…
            </span>
          )}
        </label>
        {PICKERS.map(({ field, label }) => (
          <MultiSelectFilter
            key={field}
            label={label}
            loadOptions={() => filterOptionsFor(dataset, index, field, rowsExcept([field]))}
            selected={filters[field] as string[]}
            onToggle={(value) => updateFilters((f) => toggleFilterValue(f, field, value as never))}
          />
        ))}
      </div>
      <FilterChips />
    </nav>
  );
}
