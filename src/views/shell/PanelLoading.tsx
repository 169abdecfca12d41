import { useTranslation } from 'react-i18next';

/** The panels that load (and may fail) on their own; the whole dashboard is one too (main.tsx). */
export type PanelName = 'map' | 'timeline' | 'charts' | 'table' | 'dashboard';

/** Shown while a panel's code chunk loads (a fraction of a second, from the same origin). */
export function PanelLoading({ name }: { name: PanelName }) {
  const { t } = useTranslation();
  return (
    <div className="panel panel-loading" role="status">
      {t('shell.panel.loading', { name: t(`shell.panel.name.${name}`) })}
    </div>
  );
}
