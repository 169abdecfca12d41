import type { Dataset } from '../../data/dataset';
import type { OrderKey } from '../../derive/row-order';
import type { Formatter } from '../../i18n/format';
import type { IndexedInitiative } from '../../model/dataset-index';
import { describePlaces } from '../../model/describe-initiative';
import { instrumentLabel, statusLabel } from '../../model/labels';
import { initiativeTitle, organisationShortName, sectorLabel } from '../../model/localised';

/** The table's columns, in the order they stand: one per order key, so every column sorts. */
export const TABLE_COLUMNS: readonly OrderKey[] = ['title', 'date', 'status', 'instrument', 'places', 'partners', 'sectors'];

/** A column's width and its bounds, in CSS pixels. */
export interface ColumnSize {
  size: number;
  min: number;
  max: number;
}

export const COLUMN_SIZES: Readonly<Record<OrderKey, ColumnSize>> = {
  title: { size: 330, min: 160, max: 900 },
  date: { size: 125, min: 90, max: 320 },
  status: { size: 110, min: 80, max: 300 },
  instrument: { size: 170, min: 90, max: 400 },
  places: { size: 210, min: 100, max: 600 },
  partners: { size: 230, min: 100, max: 600 },
  sectors: { size: 190, min: 90, max: 500 },
};

/** The title names the row: it stays (the others can be hidden). */
export const canHideColumn = (key: OrderKey): boolean => key !== 'title';

/** A width kept within the column's bounds, in whole pixels. */
export function clampColumnSize(key: OrderKey, size: number): number {
  const { min, max } = COLUMN_SIZES[key];
  return Math.round(Math.min(max, Math.max(min, size)));
}

/** One keyboard step of a resize handle, in pixels (Shift takes bigger steps). */
export const RESIZE_STEP = 16;
export const RESIZE_BIG_STEP = 64;

/**
 * What a cell reads, in the display language, as the list and details say it: the title (its
 * mark is drawn beside it), the date at its precision ("date unknown" when there is none), the
 * status and instrument labels, the places located, the partners' short names, the sectors.
 * Organisations or sectors missing from the dataset show their ids, never a made-up name.
 */
export function cellText(key: OrderKey, dataset: Dataset, format: Formatter): (row: IndexedInitiative) => string {
  const { t, locale } = format;
  switch (key) {
    case 'title':
      return (row) => initiativeTitle(row.initiative, locale).text;
    case 'date':
      return (row) => format.date(row.initiative.date);
    case 'status':
      return (row) => statusLabel(dataset, locale, row.initiative.status);
    case 'instrument':
      return (row) => instrumentLabel(dataset, locale, row.initiative.instrument);
    case 'places':
      return (row) => describePlaces(dataset, row.initiative, format);
    case 'partners':
      return (row) =>
        row.initiative.parties
          .map((party) => {
            const org = dataset.organisations.get(party.organisation);
            return org ? organisationShortName(org, locale) : party.organisation;
          })
          .join(t('shell.list.partnersJoin'));
    case 'sectors':
      return (row) =>
        row.initiative.sectors
          .map((id) => {
            const sector = dataset.sectors.get(id);
            return sector ? sectorLabel(sector, locale) : id;
          })
          .join(t('details.facts.sectorSeparator'));
  }
}
