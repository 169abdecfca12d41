import { useTranslation } from 'react-i18next';
import { clearClause, DEFAULT_FILTERS, toggleFilterValue } from '../../filters/filters';
import { useFormatter } from '../../i18n/use-formatter';
import { useControls } from '../../store/use-controls';
import { toFilterChips } from '../../filters/filter-chips';

export function FilterChips() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { dataset, filters, updateFilters } = useControls();
  const chips = toFilterChips(filters, dataset, format);
  // One row tall with or without chips, so the first filter does not push the dashboard down.
  if (chips.length === 0)
    return (
      <div className="chips-row">
        <p className="muted no-filters">{t('filters.chips.none')}</p>
      </div>
    );
  return (
    <div className="chips-row">
      <ul className="chips" aria-label={t('filters.chips.label')}>
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span>{chip.label}</span>
            <button
              type="button"
              aria-label={t('filters.chips.remove', { label: chip.label })}
              onClick={() =>
                updateFilters((f) => (chip.field && chip.value !== undefined ? toggleFilterValue(f, chip.field, chip.value as never) : clearClause(f, chip.clause)))
              }
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button small" onClick={() => updateFilters(() => DEFAULT_FILTERS)}>
            {t('filters.chips.clearAll')}
          </button>
        </li>
      </ul>
    </div>
  );
}
