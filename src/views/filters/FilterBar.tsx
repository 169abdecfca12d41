import { useEffect, useState } from 'react';
import { toggleFilterValue, type ListField } from '../../filters/filters';
import { useDashboard } from '../dashboard-context';
import { FilterChips } from './FilterChips';
import { filterOptionsFor } from './filter-options';
import { MultiSelectFilter } from './MultiSelectFilter';

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
  const [text, setText] = useState(filters.query);
  const [seenQuery, setSeenQuery] = useState(filters.query);
  // Follow the URL (Back/Forward, chip removal) when it changes the query from outside.
  if (filters.query !== seenQuery) {
    setSeenQuery(filters.query);
    setText(filters.query);
  }

  useEffect(() => {
    if (text === filters.query) return;
    const timer = setTimeout(() => updateFilters((f) => ({ ...f, query: text }), { replace: true }), 150);
    return () => clearTimeout(timer);
  }, [text, filters.query, updateFilters]);

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
