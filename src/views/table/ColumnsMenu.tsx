import type { Column } from '@tanstack/react-table';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedInitiative } from '../../model/dataset-index';
import type { OrderKey } from '../../derive/row-order';
import type { TableFeatureSet } from './table-features';

/**
 * "Columns ▾": a checkbox for each column, to hide or show it. A disclosure, not an ARIA menu:
 * Tab moves through the checkboxes, Escape or a click outside closes it.
 */
export function ColumnsMenu({ columns }: { columns: Array<Column<TableFeatureSet, IndexedInitiative, unknown>> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  return (
    <div
      className="columns-menu"
      ref={box}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button type="button" className="button small" ref={button} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('table.columnsMenu.button')}
      </button>
      <fieldset id={id} className="columns-menu-panel" hidden={!open}>
        <legend>{t('table.columnsMenu.legend')}</legend>
        {columns.map((column) => (
          <label key={column.id}>
            <input type="checkbox" checked={column.getIsVisible()} disabled={!column.getCanHide()} onChange={column.getToggleVisibilityHandler()} />{' '}
            {t(`table.columns.${column.id as OrderKey}`)}
            {!column.getCanHide() && <span className="muted"> {t('table.columnsMenu.alwaysShown')}</span>}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
