import { useTranslation } from 'react-i18next';
import { useCopyText } from '../../ui/use-copy-text';

/** "Copy link": the address bar holds the whole view (filters, selection, sort, language), so the link is the view. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const { state, copy } = useCopyText();
  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={() => copy(window.location.href)}>
        {state.kind === 'copied' ? t('shell.copyLink.copied') : t('shell.copyLink.label')}
      </button>
      <span role="status" className="copy-link-status">
        {state.kind === 'copied' ? t('shell.copyLink.copiedStatus') : state.kind === 'failed' ? t('shell.copyLink.failed', { url: state.text }) : ''}
      </span>
    </span>
  );
}
