import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import { useQuoteChecks } from '../../data/use-quote-checks';
import { useFormatter } from '../../i18n/use-formatter';
import { langTag } from '../../model/localised';
import { QuoteItem } from './QuoteItem';
import { ReadSourceButton } from '../sources/ReadSourceButton';
import { SourceLinks } from '../sources/SourceLinks';
import '../sources/sources.css';

/**
 * Each source with its metadata, where it was read (the original address, or that none was
 * recorded; the access day; an archive's copy), the archived text in a reader and the verbatim quotes,
 * each checked against that text.
 */
export function SourceList({ dataset, record }: { dataset: Dataset; record: Initiative }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const check = useQuoteChecks(dataset, record);
  return (
    <ol className="source-list">
      {record.sources.map((ref, i) => {
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
              {ref.quotes.map((quote, j) => (
                <QuoteItem key={j} quote={quote} language={source.language} check={check(i, j)} />
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
