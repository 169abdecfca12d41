import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterFieldLabel } from '../../filters/filter-fields';
import type { ListField } from '../../filters/filters';
import { useFormatter } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';
import { labelledFilterValues, matchingOptions, withCounts, type FilterCounts } from './filter-options';
import { optionKeyTarget, typesCharacter } from './picker-keys';

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

/**
 * A button that opens a checkbox list (with a find box for long lists). From the find box ArrowDown
 * goes to the options and Enter ticks the only match; in the options the arrows, Home and End move,
 * Space ticks, and typing goes back to the find box. Escape closes it and returns to the button.
 */
export function MultiSelectFilter({ field, loadOptions, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { dataset, index } = useCore();
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const findBox = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** The option that takes Tab into the list (one stop for the whole list; the arrows move within it). */
  const [current, setCurrent] = useState<string | null>(null);
  /** What Enter in the find box did, for screen readers (a tick on an option that has no focus is not read out). */
  const [announced, setAnnounced] = useState('');
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
  const matching = useMemo(() => matchingOptions(options, find), [options, find]);
  const shown = matching.slice(0, MAX_SHOWN);
  const findLabel = t(`filters.picker.find.${field}`);
  const hasFind = options.length > 12;
  const tabStop = shown.some((o) => o.value === current) ? current : (shown[0]?.value ?? null);

  // A short list has no find box: focus goes to its first option as it opens.
  useEffect(() => {
    if (open && !hasFind) list.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }, [open, hasFind]);

  const checkboxes = () => [...(list.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  const focusOption = (index: number) => checkboxes()[index]?.focus();

  const onFindKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusOption(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const only = matching.length === 1 ? matching[0] : undefined;
      if (!only) return;
      const ticked = !selected.includes(only.value);
      onToggle(only.value);
      setAnnounced(t(ticked ? 'filters.picker.ticked' : 'filters.picker.unticked', { label: only.label }));
    }
  };
  const onOptionKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const boxes = checkboxes();
    const index = boxes.indexOf(event.target as HTMLInputElement);
    if (index < 0) return;
    if (hasFind && typesCharacter(event)) {
      // The character lands in the find box, which has focus by the time the key types.
      findBox.current?.focus();
      return;
    }
    const target = optionKeyTarget(event.key, index, boxes.length, hasFind);
    if (!target) return;
    event.preventDefault();
    if ('find' in target) findBox.current?.focus();
    else focusOption(target.option);
  };

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
        onClick={() => {
          setOpen(!open);
          setAnnounced('');
        }}
      >
        {label}
        {selected.length > 0 && <span className="selected-count">{t('filters.picker.selectedCount', { n: format.count(selected.length) })}</span>}
        <span aria-hidden="true">{CARET}</span>
      </button>
      {open && (
        <div id={panelId} className="multi-select-panel" role="group" aria-label={t('filters.picker.group', { label })}>
          {hasFind && (
            <input
              ref={findBox}
              type="search"
              className="multi-select-find"
              aria-label={findLabel}
              aria-describedby={`${panelId}-keys`}
              placeholder={t('filters.picker.findPlaceholder', { find: findLabel })}
              value={find}
              onChange={(event) => {
                setFind(event.target.value);
                setAnnounced('');
              }}
              onKeyDown={onFindKeyDown}
              autoFocus
            />
          )}
          {hasFind && (
            <span id={`${panelId}-keys`} className="multi-select-hidden">
              {t('filters.picker.keys')}
            </span>
          )}
          <span className="multi-select-hidden" aria-live="polite">
            {announced}
          </span>
          <ul ref={list} onKeyDown={onOptionKeyDown}>
            {shown.map((option, i) => (
              <Fragment key={option.value}>
                {option.group && option.group !== shown[i - 1]?.group && (
                  <li className="multi-select-heading muted" role="presentation">
                    <strong>{t(`filters.picker.heading.${option.group}`)}</strong>
                  </li>
                )}
                <li>
                  <label className={option.count === 0 ? 'no-match' : undefined}>
                    <input
                      type="checkbox"
                      checked={selected.includes(option.value)}
                      tabIndex={option.value === tabStop ? 0 : -1}
                      onFocus={() => setCurrent(option.value)}
                      onChange={() => onToggle(option.value)}
                    />
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
