import { useEffect, useMemo, useState } from 'react';
import { toggleFilterValue, type ListField } from '../../filters/filters';
import { formatCount } from '../../lib/labels';
import { useDashboard } from '../dashboard-context';
import { FilterChips } from './FilterChips';
import { toFilterOptions } from './filter-options';

const PICKERS: Array<{ field: ListField; label: string }> = [
  { field: 'sectors', label: 'Sector' },
  { field: 'partners', label: 'Partner' },
  { field: 'partnerKinds', label: 'Partner kind' },
  { field: 'places', label: 'Place' },
  { field: 'statuses', label: 'Status' },
  { field: 'instruments', label: 'Instrument' },
];

export function FilterBar() {
  const { dataset, index, filters, updateFilters } = useDashboard();
  const options = useMemo(() => toFilterOptions(dataset, index), [dataset, index]);
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
          />
        </label>
        {PICKERS.map(({ field, label }) => (
          <label key={field} className="picker">
            <span>{label}</span>
            <select
              value=""
              onChange={(event) => {
                const value = event.target.value;
                if (value) updateFilters((f) => toggleFilterValue(f, field, value as never));
              }}
            >
              <option value="">Any {label.toLowerCase()}</option>
              {options[field].map((option) => (
                <option key={option.value} value={option.value}>
                  {(filters[field] as string[]).includes(option.value) ? '✓ ' : ''}
                  {option.label} ({formatCount(option.count)})
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <FilterChips />
    </nav>
  );
}
