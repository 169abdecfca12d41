import { useTranslation } from 'react-i18next';
import { urlNoticeReason, type UrlNotice } from '../../filters/url-codec';
import { useActions, useLive } from '../../store/use-controls';

const shorten = (value: string) => (value.length > 30 ? `${value.slice(0, 30)}…` : value);

/** A quiet note of link parameters that could not be read and were dropped, each with why. */
export function UrlNotices() {
  const { t } = useTranslation();
  const notices = useLive((s) => s.notices);
  const { dismissNotices: onDismiss } = useActions();
  if (notices.length === 0) return null;
  const item = (n: UrlNotice) =>
    n.reason === 'unreadable'
      ? t('filters.notice.itemWhole', { value: shorten(n.value), reason: urlNoticeReason(t, n) })
      : t('filters.notice.item', { param: n.param, value: shorten(n.value), reason: urlNoticeReason(t, n) });
  return (
    <div className="url-notices" role="status">
      <span>{t('filters.notice.intro', { items: notices.map(item).join(t('filters.notice.separator')) })}</span>
      <button type="button" className="button small" onClick={onDismiss}>
        {t('filters.notice.dismiss')}
      </button>
    </div>
  );
}
