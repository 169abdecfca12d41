import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterFieldLabel } from '../../filters/filter-fields';
import type { ListField } from '../../filters/filters';
import { useFormatter } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';
import { labelledFilterValues, withCounts, type FilterCounts } from './filter-options';

const MAX_SHOWN = 150;
/** The open-me mark after the picker's name (not read out). */
const CARET = ' ▾';

interface Props {
  /** The list field this picker sets; it names the picker and labels its options in the display language. */
  field: ListField;
  /** Called while the list is open, so closed filters cost nothing on a large dataset: each value's count among the rows the other filters leave. */
  loadOptions(): FilterCounts;
  selected: readonly string[];
  onToggle(value: string): void;
}

/** A button that opens a checkbox list (with a find box for long lists); Escape closes it. */
export function MultiSelectFilter({ field, loadOptions, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { dataset, index } = useCore();
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const label = filterFieldLabel(t, field);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const options = useMemo(
    () => (open ? withCounts(labelledFilterValues(dataset, index, field, format), loadOptions()) : []),
    [open, dataset, index, field, format, loadOptions],
  );
  const matching = useMemo(() => {
    const needle = find.trim().toLowerCase();
    return needle ? options.filter((o) => o.find.includes(needle)) : options;
  }, [options, find]);
  const shown = matching.slice(0, MAX_SHOWN);
  const findLabel = t(`filters.picker.find.${field}`);

  return (
    <div
      className="multi-select"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button multi-select-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
        {selected.length > 0 && <span className="selected-count">{t('filters.picker.selectedCount', { n: format.count(selected.length) })}</span>}
        <span aria-hidden="true">{CARET}</span>
      </button>
      {open && (
        <div id={panelId} className="multi-select-panel" role="group" aria-label={t('filters.picker.group', { label })}>
          {options.length > 12 && (
            <input
              type="search"
              className="multi-select-find"
              aria-label={findLabel}
              placeholder={t('filters.picker.findPlaceholder', { find: findLabel })}
              value={find}
              onChange={(event) => setFind(event.target.value)}
              autoFocus
            />
          )}
          <ul>
            {shown.map((option, i) => (
              <Fragment key={option.value}>
                {option.group && option.group !== shown[i - 1]?.group && (
                  <li className="multi-select-heading muted" role="presentation">
                    <strong>{t(`filters.picker.heading.${option.group}`)}</strong>
                  </li>
                )}
                <li>
                  <label className={option.count === 0 ? 'no-match' : undefined}>
                    <input type="checkbox" checked={selected.includes(option.value)} onChange={() => onToggle(option.value)} />
                    <span>{option.label}</span>
                    <span className="option-count">{format.count(option.count)}</span>
                  </label>
                </li>
              </Fragment>
            ))}
          </ul>
          {matching.length > shown.length && <p className="muted">{t('filters.picker.more', { count: matching.length - shown.length, n: format.count(matching.length - shown.length) })}</p>}
        </div>
      )}
    </div>
  );
}
