import { createColumnHelper } from '@tanstack/react-table';
import type { Dataset } from '../../data/dataset';
import { FIRST_DIRECTION } from '../../derive/row-order';
import type { Formatter } from '../../i18n/format';
import type { IndexedInitiative } from '../../model/dataset-index';
import { initiativeTitle } from '../../model/localised';
import { TranslationMark } from '../../ui/TranslationMark';
import { canHideColumn, cellText, COLUMN_SIZES, TABLE_COLUMNS } from './table-columns';
import { TABLE_FEATURES } from './table-features';

const helper = createColumnHelper<typeof TABLE_FEATURES, IndexedInitiative>();

/** The title as the list shows it: in the display language, with the translation mark. */
function TitleCell({ row, locale }: { row: IndexedInitiative; locale: Formatter['locale'] }) {
  const title = initiativeTitle(row.initiative, locale);
  return (
    <>
      <span lang={title.lang}>{title.text}</span> <TranslationMark text={title} />
    </>
  );
}

/** The table's column definitions for a dataset and display language (make them once per both). */
export function tableColumnDefs(dataset: Dataset, format: Formatter) {
  return helper.columns(
    TABLE_COLUMNS.map((key) => {
      const { size, min, max } = COLUMN_SIZES[key];
      return helper.accessor(cellText(key, dataset, format), {
        id: key,
        header: format.t(`table.columns.${key}`),
        size,
        minSize: min,
        maxSize: max,
        sortDescFirst: FIRST_DIRECTION[key] === 'desc',
        enableHiding: canHideColumn(key),
        cell: key === 'title' ? (info) => <TitleCell row={info.row.original} locale={format.locale} /> : (info) => info.getValue(),
      });
    }),
  );
}
