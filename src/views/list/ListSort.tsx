import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_KEYS, type OrderDirection, type RowOrder } from '../../derive/row-order';
import { useActions } from '../../store/use-controls';

const DIRECTIONS: readonly OrderDirection[] = ['desc', 'asc'];
/** The orders the list offers (the table can set any of them too). */
const CHOICES: readonly RowOrder[] = ORDER_KEYS.flatMap((key) => (key === 'date' || key === 'status' ? DIRECTIONS : [...DIRECTIONS].reverse()).map((dir) => ({ key, dir })));

const valueOf = (order: RowOrder) => `${order.key}-${order.dir}`;

/** "Sort: Newest first ▾": the order of the list, the table and Previous/Next. */
export function ListSort({ order }: { order: RowOrder }) {
  const { t } = useTranslation();
  const { setOrder } = useActions();
  const id = useId();
  return (
    <p className="list-sort">
      <label htmlFor={id}>{t('shell.list.sort.label')}</label>{' '}
      <select
        id={id}
        value={valueOf(order)}
        onChange={(event) => {
          const choice = CHOICES.find((c) => valueOf(c) === event.target.value);
          if (choice) setOrder(choice);
        }}
      >
        {CHOICES.map((choice) => (
          <option key={valueOf(choice)} value={valueOf(choice)}>
            {t(`shell.list.sort.${valueOf(choice)}` as 'shell.list.sort.date-desc')}
          </option>
        ))}
      </select>
    </p>
  );
}
