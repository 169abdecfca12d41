import type { UrlNotice } from '../../filters/url-codec';

/** A quiet note of link parameters that could not be read and were dropped. */
export function UrlNotices({ notices, onDismiss }: { notices: UrlNotice[]; onDismiss: () => void }) {
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
