import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive } from '../../store/use-controls';

/** Moves focus to the element with `id` (a heading with tabIndex -1) without writing a #fragment into the address. */
function focusTarget(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  };
}

/**
 * The first stops for a keyboard: "Skip to results" (the list), and "Skip to details" while an
 * initiative is open. They move focus and leave the shared link as it is.
 */
export function SkipLinks() {
  const { t } = useTranslation();
  const open = useLive((s) => s.selected !== null);
  return (
    <nav className="skip-links" aria-label={t('shell.skip.label')}>
      <a className="skip-link" href="#list-title" onClick={focusTarget('list-title')}>
        {t('shell.skip.results')}
      </a>
      {open && (
        <a className="skip-link" href="#details-title" onClick={focusTarget('details-title')}>
          {t('shell.skip.details')}
        </a>
      )}
    </nav>
  );
}
