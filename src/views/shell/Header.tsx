import { useEffect, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Manifest } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { manifestText } from '../../model/localised';

interface HeaderProps {
  manifest: Manifest;
  shown: number;
  total: number;
  /** Silences the live count (timeline playback changes it several times a second). */
  quiet?: boolean;
  /** A filter changed and the count is being recounted with the panels: it dims until it is current. */
  updating?: boolean;
  children?: ReactNode;
}

export function Header({ manifest, shown, total, quiet = false, updating = false, children }: HeaderProps) {
  const { t } = useTranslation();
  const format = useFormatter();
  const title = manifestText(manifest, format.locale);
  // The tab (and a shared screen's window title) in the display language. The presenter window's
  // console sets its own title after this (its effect runs later).
  useEffect(() => {
    document.title = title.title;
  }, [title.title]);
  return (
    <header className="app-header">
      <div className="app-title">
        <h1 lang={title.lang}>{title.title}</h1>
        {manifest.synthetic && (
          <span className="badge synthetic" title={t('shell.synthetic.title')}>
            {t('shell.synthetic.badge')}
          </span>
        )}
      </div>
      <div className="header-end">
        <p className="count" role="status" aria-live={quiet ? 'off' : 'polite'} aria-atomic="true" aria-busy={updating} data-updating={updating || undefined}>
          <Trans i18nKey="shell.count" count={total} values={{ shown: format.count(shown), total: format.count(total) }} components={{ strong: <strong /> }} />
        </p>
        {children && <div className="header-actions">{children}</div>}
      </div>
    </header>
  );
}
