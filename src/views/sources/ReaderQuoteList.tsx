import { useTranslation } from 'react-i18next';
import type { Quote, Source } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { quoteForDisplay } from '../../model/localised';
import type { TextRange } from './quote-ranges';

interface ReaderQuoteListProps {
  quotes: readonly Quote[];
  language: Source['language'];
  /** Where each quote is in the text (null: not found); null while the text loads. */
  ranges: ReadonlyArray<TextRange | null> | null;
  current: number | null;
  onShow(index: number): void;
}

/**
 * The record's quotes beside the text, numbered as their marks are, in the display language first
 * (the curator's translation, marked as such). A found quote is a button that scrolls to its mark;
 * one the text does not hold says so and shows the words that were looked for.
 */
export function ReaderQuoteList({ quotes, language, ranges, current, onShow }: ReaderQuoteListProps) {
  const { t } = useTranslation();
  const f = useFormatter();
  const found = ranges ? ranges.filter(Boolean).length : 0;
  return (
    <aside className="reader-quotes" aria-labelledby="reader-quotes-title">
      <h3 id="reader-quotes-title">{t('sources.reader.quotesHeading')}</h3>
      {ranges && (
        <p className="muted reader-quotes-intro">{t('sources.reader.quotesIntro', { count: quotes.length, total: f.count(quotes.length), found: f.count(found) })}</p>
      )}
      <ol className="reader-quote-list">
        {quotes.map((quote, i) => {
          const { primary, original } = quoteForDisplay(quote, language, f.locale);
          const number = t('sources.reader.quoteNumber', { n: f.count(i + 1) });
          const missing = ranges !== null && ranges[i] === null;
          const words = (
            <span className="reader-quote-text" lang={primary.lang}>
              {t('details.quote.quoted', { text: primary.text })}
            </span>
          );
          return (
            <li key={i} className={`reader-quote${current === i ? ' current' : ''}${missing ? ' missing' : ''}`}>
              {ranges && !missing ? (
                <button type="button" className="reader-quote-show" aria-current={current === i ? 'true' : undefined} onClick={() => onShow(i)}>
                  <span className="reader-quote-number">{number}</span> {words}
                </button>
              ) : (
                <p className="reader-quote-static">
                  <span className="reader-quote-number">{number}</span> {words}
                </p>
              )}
              <p className="quote-marks">
                {primary.translated ? (
                  <span className="tag translation-mark" title={t('details.quote.translationTitle')}>
                    {t('common.translation.curator')}
                  </span>
                ) : (
                  <span className="tag original-mark">{t('details.quote.originalIn', { language: t(`details.sources.language.${language}`) })}</span>
                )}
                {primary.translated && primary.fallback && (
                  <span className="tag fallback-mark" title={t('common.translation.fallback')}>
                    {t('details.translation.fallbackMark')}
                  </span>
                )}
              </p>
              {missing && (
                <>
                  <p className="reader-not-found" title={t('sources.reader.notFoundTitle')}>
                    {t('sources.reader.notFound')}
                  </p>
                  {original && (
                    <blockquote className="reader-quote-original" lang={original.lang}>
                      {t('details.quote.quoted', { text: original.text })}
                    </blockquote>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
