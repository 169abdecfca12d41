import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { langTag } from '../../model/localised';
import { QuoteItem } from './QuoteItem';
import { ReadSourceButton } from '../sources/ReadSourceButton';
import { SourceLinks } from '../sources/SourceLinks';
import '../sources/sources.css';

/**
 * Each source with its metadata, where it was read (the original address, or that none was
 * recorded; the access day; an archive's copy), the archived text in a reader and the verbatim quotes.
 */
export function SourceList({ dataset, refs }: { dataset: Dataset; refs: Initiative['sources'] }) {
  const { t } = useTranslation();
  const f = useFormatter();
  return (
    <ol className="source-list">
      {refs.map((ref) => {
        const source = dataset.sources.get(ref.source);
        if (!source) return null;
        return (
          <li key={ref.source}>
            <p className="source-head">
              {source.title ? <strong lang={langTag(source.language)}>{source.title}</strong> : <strong>{t('details.sources.untitled')}</strong>}
              <span className="muted">
                {' '}
                · {source.publisher ? <span lang={langTag(source.language)}>{source.publisher}</span> : t('details.sources.publisherMissing')} · {f.date(source.date)} ·{' '}
                {t(`details.sources.language.${source.language}`)}
              </span>
            </p>
            <SourceLinks source={source} />
            <div className="source-actions">
              <ReadSourceButton dataset={dataset} source={source} quotes={ref.quotes} />
            </div>
            <ul className="quotes">
              {ref.quotes.map((quote, i) => (
                <QuoteItem key={i} quote={quote} language={source.language} />
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
