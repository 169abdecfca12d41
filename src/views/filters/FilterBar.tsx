import { useCallback, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_FIELDS } from '../../filters/filter-fields';
import { toggleFilterValue } from '../../filters/filters';
import { useControls, useDerivationStatus } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { useSearchSuggestion } from '../../store/use-search-matches';
import { FilterChips } from './FilterChips';
import { filterOptionsFor } from './filter-options';
import { MultiSelectFilter } from './MultiSelectFilter';
import { SearchSuggestion } from './SearchSuggestion';
import { useSearchDraft } from './use-search-draft';
import './search.css';

/**
 * The search box and the pickers show the filters as set (live); a picker's counts come from the
 * panels' last render (deferred) and catch up with them. Focusing the search box lets the search
 * index be built: only once someone is about to search. A query that matches nothing gets a
 * "Did you mean …?" beside the box's caption, once the box holds what was searched.
 */
export function FilterBar() {
  const { t } = useTranslation();
  const { dataset, index, filters, updateFilters, wantSearch } = useControls();
  const { rowsExcept } = usePanel();
  const { indexing } = useDerivationStatus();
  const commitQuery = useCallback((text: string) => updateFilters((f) => ({ ...f, query: text }), { replace: true }), [updateFilters]);
  const [text, setText, searchFor] = useSearchDraft(filters.query, commitQuery);
  const suggestion = useSearchSuggestion(dataset, filters.query);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const takeSuggestion = (next: string) => {
    searchFor(next);
    input.current?.focus();
  };

  return (
    <nav className="filter-bar" aria-label={t('search.bar.label')}>
      <div className="filter-controls">
        <div className="search">
          <div className="search-head">
            <label htmlFor={inputId}>{t('search.box.label')}</label>
            <span className="search-status" role="status">
              {indexing ? t('search.box.preparing') : suggestion && text === filters.query ? <SearchSuggestion suggestion={suggestion} onUse={takeSuggestion} /> : null}
            </span>
          </div>
          <input
            ref={input}
            id={inputId}
            type="search"
            value={text}
            placeholder={t('search.box.placeholder')}
            onChange={(event) => setText(event.target.value)}
            onFocus={wantSearch}
          />
        </div>
        {LIST_FIELDS.map(({ field }) => (
          <MultiSelectFilter
            key={field}
            field={field}
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
