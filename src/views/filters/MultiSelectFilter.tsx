import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatCount } from '../../model/labels';
import type { FilterOption } from './filter-options';

const MAX_SHOWN = 150;

interface Props {
  label: string;
  /** Called while the list is open, so closed filters cost nothing on a large dataset. */
  loadOptions(): FilterOption[];
  selected: readonly string[];
  onToggle(value: string): void;
}

/** A button that opens a checkbox list (with a find box for long lists); Escape closes it. */
export function MultiSelectFilter({ label, loadOptions, selected, onToggle }: Props) {
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const options = useMemo(() => (open ? loadOptions() : []), [open, loadOptions]);
  const shown = useMemo(() => {
    const needle = find.trim().toLowerCase();
    const matching = needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options;
    return matching.slice(0, MAX_SHOWN);
  }, [options, find]);
  const matchingCount = find.trim() ? options.filter((o) => o.label.toLowerCase().includes(find.trim().toLowerCase())).length : options.length;

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
        {selected.length > 0 && <span className="selected-count"> ({selected.length})</span>}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div id={panelId} className="multi-select-panel" role="group" aria-label={`${label} filter`}>
          {options.length > 12 && (
            <input
              type="search"
              className="multi-select-find"
              aria-label={`Find a ${label.toLowerCase()}`}
              placeholder={`Find a ${label.toLowerCase()}…`}
              value={find}
              onChange={(event) => setFind(event.target.value)}
              autoFocus
            />
          )}
          <ul>
            {shown.map((option) => (
              <li key={option.value}>
                <label className={option.count === 0 ? 'no-match' : undefined}>
                  <input type="checkbox" checked={selected.includes(option.value)} onChange={() => onToggle(option.value)} />
                  <span>{option.label}</span>
                  <span className="option-count">{formatCount(option.count)}</span>
                </label>
              </li>
            ))}
          </ul>
          {matchingCount > shown.length && (
            <p className="muted">
              {formatCount(matchingCount - shown.length)} more: type to narrow the list.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
