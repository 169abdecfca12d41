import { useTranslation } from 'react-i18next';

/** The "Filter" button in a chart's table view: pressed when its value is the active filter. */
export function TableFilterButton({ label, pressed, title, onPress }: { label: string; pressed: boolean; title?: string; onPress: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button small" aria-pressed={pressed} aria-label={label} title={title} onClick={onPress}>
      {t('charts.table.filter')}
    </button>
  );
}
