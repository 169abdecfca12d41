import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps<T> {
  label: string;
  hint: string;
  query: string;
  onQuery: (query: string) => void;
  results: readonly T[];
  keyOf: (item: T) => string;
  /** What a result's button says: the action and the item ("Add Huzhou 湖州市"). */
  render: (item: T) => ReactNode;
  onPick: (item: T) => void;
  /** After the results: e.g. "create a new one named …". */
  children?: ReactNode;
}

/** A search field and its results as buttons below it (Tab reaches them), their count announced. */
export function SearchBox<T>({ label, hint, query, onQuery, results, keyOf, render, onPick, children }: SearchBoxProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="curate-search">
      <label htmlFor={id}>{label}</label>
      <span className="curate-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <input id={id} type="search" value={query} onChange={(e) => onQuery(e.target.value)} aria-describedby={`${id}-hint`} autoComplete="off" />
      <p className="curate-hint" role="status">
        {query.trim() ? t('curate.search.count', { count: results.length }) : ''}
      </p>
      {results.length > 0 && (
        <ul className="curate-results">
          {results.map((item) => (
            <li key={keyOf(item)}>
              <button type="button" className="button small" onClick={() => onPick(item)}>
                {render(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
