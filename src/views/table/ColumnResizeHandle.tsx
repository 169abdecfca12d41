import type { Header } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedInitiative } from '../../model/dataset-index';
import type { OrderKey } from '../../derive/row-order';
import { clampColumnSize, COLUMN_SIZES, RESIZE_BIG_STEP, RESIZE_STEP } from './table-columns';
import type { TableFeatureSet } from './table-features';

/** The width a key asks for (arrows a step, Shift a bigger one, Home and End the bounds), or null. */
function sizeAfterKey(key: OrderKey, event: KeyboardEvent, size: number): number | null {
  const step = event.shiftKey ? RESIZE_BIG_STEP : RESIZE_STEP;
  switch (event.key) {
    case 'ArrowRight':
      return clampColumnSize(key, size + step);
    case 'ArrowLeft':
      return clampColumnSize(key, size - step);
    case 'Home':
      return COLUMN_SIZES[key].min;
    case 'End':
      return COLUMN_SIZES[key].max;
    default:
      return null;
  }
}

/**
 * The edge of a column header: drag it (mouse or touch), or focus it and press the arrow keys. A
 * focusable separator (WAI-ARIA window splitter) with the width as its value; double-click resets.
 */
export function ColumnResizeHandle({ header, label }: { header: Header<TableFeatureSet, IndexedInitiative, unknown>; label: string }) {
  const { t } = useTranslation();
  const key = header.column.id as OrderKey;
  const size = header.getSize();
  const handler = header.getResizeHandler();
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('table.resize.label', { column: label })}
      aria-valuenow={size}
      aria-valuemin={COLUMN_SIZES[key].min}
      aria-valuemax={COLUMN_SIZES[key].max}
      aria-valuetext={t('table.resize.value', { n: size })}
      className={`table-resize${header.column.getIsResizing() ? ' resizing' : ''}`}
      onMouseDown={handler}
      onTouchStart={handler}
      onDoubleClick={() => header.column.resetSize()}
      onKeyDown={(event) => {
        const next = sizeAfterKey(key, event, size);
        if (next === null) return;
        event.preventDefault();
        header.getContext().table.setColumnSizing((old) => ({ ...old, [key]: next }));
      }}
    />
  );
}
