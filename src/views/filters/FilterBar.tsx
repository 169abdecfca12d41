import { useCallback } from 'react';
import { LIST_FIELDS } from '../../filters/filter-fields';
import { toggleFilterValue } from '../../filters/filters';
import { useControls, useDerivationStatus } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { FilterChips } from './FilterChips';
import { filterOptionsFor } from './filter-options';
import { MultiSelectFilter } from './MultiSelectFilter';
import { useSearchDraft } from './use-search-draft';

/**
 * The search box and the pickers show the filters as set (live); a picker's counts come from the
 * panels' last render (deferred) and catch up with them. Focusing the search box lets the search
 * index be built: only once someone is about to search.
 */
export function FilterBar() {
  const { dataset, index, filters, updateFilters, wantSearch } = useControls();
  const { rowsExcept } = usePanel();
  const { indexing } = useDerivationStatus();
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
            onFocus={wantSearch}
          />
          {indexing && (
            <span className="search-status" role="status">
              Preparing search…
            </span>
          )}
        </label>
        {LIST_FIELDS.map(({ field, label }) => (
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
