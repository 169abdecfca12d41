import { useActions, useLive } from '../../store/use-controls';

/** A quiet note of link parameters that could not be read and were dropped. */
export function UrlNotices() {
  const notices = useLive((s) => s.notices);
  const { dismissNotices: onDismiss } = useActions();
  if (notices.length === 0) return null;
  return (
    <div className="url-notices" role="status">
      <span>
        Some link settings were ignored:{' '}
        {notices.map((n) => `${n.param}=${n.value.length > 30 ? `${n.value.slice(0, 30)}…` : n.value} (${n.reason})`).join('; ')}
      </span>
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
