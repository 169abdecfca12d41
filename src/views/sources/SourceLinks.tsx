import { useTranslation } from 'react-i18next';
import type { Source } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { parseIsoDay } from '../../model/fuzzy-date';

/**
 * Where a source was read: its original address and the day it was accessed, and an archive's
 * copy, each a link that opens in a new tab only when the reader follows it. A source with no
 * address recorded says so in words.
 */
export function SourceLinks({ source }: { source: Pick<Source, 'url' | 'accessed' | 'archiveUrl'> }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const accessed = source.accessed === undefined ? null : parseIsoDay(source.accessed);
  return (
    <p className="source-links">
      {source.url ? (
        <span>
          {t('sources.links.original')} <OutsideLink href={source.url} />
        </span>
      ) : (
        <span className="muted">{t('sources.links.originalMissing')}</span>
      )}
      {accessed !== null && <span className="muted"> · {t('sources.links.accessed', { date: f.day(accessed) })}</span>}
      {source.archiveUrl && (
        <span>
          {' '}
          · {t('sources.links.archive')} <OutsideLink href={source.archiveUrl} />
        </span>
      )}
    </p>
  );
}

function OutsideLink({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="outside-link">
      {href}
      <span className="sources-hidden-text"> {t('sources.links.newTab')}</span>
    </a>
  );
}
