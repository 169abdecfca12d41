import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { initiativeLink } from '../../store/address-bar';
import { useActions } from '../../store/use-controls';
import { useOrderedRows } from '../../store/use-ordered-rows';
import { useCopyText } from '../../ui/use-copy-text';

/**
 * Under the details' title: Previous and Next through the list's order (the filters and sort of
 * the view), where the selection sits in it, and a link that opens this initiative alone.
 */
export function DetailsStepper({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { select } = useActions();
  const ordered = useOrderedRows();
  const at = ordered.positionOf(id);
  const total = ordered.rows.length;
  const previous = at > 0 ? ordered.rows[at - 1]!.initiative.id : null;
  const next = at >= 0 && at < total - 1 ? ordered.rows[at + 1]!.initiative.id : null;
  const { state, copy } = useCopyText();
  return (
    <nav className="details-stepper" aria-label={t('details.panel.stepperLabel')}>
      <button type="button" className="button small" disabled={previous === null} aria-label={t('details.panel.previousLabel')} onClick={() => previous && select(previous)}>
        {t('details.panel.previous')}
      </button>
      <span className="details-position muted">{at >= 0 ? t('details.panel.position', { n: format.count(at + 1), total: format.count(total) }) : t('details.panel.notInList')}</span>
      <button type="button" className="button small" disabled={next === null} aria-label={t('details.panel.nextLabel')} onClick={() => next && select(next)}>
        {t('details.panel.next')}
      </button>
      <button type="button" className="button small details-link" onClick={() => copy(initiativeLink(window.location.href, id))}>
        {t('details.panel.link')}
      </button>
      <span role="status" className="details-copied">
        {state.kind === 'copied' ? t('details.panel.linkCopied') : state.kind === 'failed' ? t('details.panel.linkFailed', { url: state.text }) : ''}
      </span>
    </nav>
  );
}
