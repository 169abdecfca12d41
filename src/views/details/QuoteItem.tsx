import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote, Source } from '../../data/schema';
import type { QuoteCheck } from '../../data/use-quote-checks';
import { useLocale } from '../../i18n/use-formatter';
import { quoteForDisplay } from '../../model/localised';
import { fieldLabel } from './details-text';

/**
 * One verbatim quote in the display language first: the curator's translation, marked as such,
 * with the source's own words one click away (a disclosure button), marked as the original. A quote
 * in the display language, or with no translation into it, is shown as the source gives it. A quote
 * its archived text does not hold (or whose text could not be read) says so, above it.
 */
export function QuoteItem({ quote, language, check }: { quote: Quote; language: Source['language']; check: QuoteCheck }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const originalId = useId();
  const { primary, original } = quoteForDisplay(quote, language, locale);
  const languageName = t(`details.sources.language.${language}`);
  return (
    <li className="quote" data-check={check}>
      {(check === 'not-found' || check === 'unchecked') && (
        <p className={`quote-check quote-check-${check}`} role="note">
          <span className="tag">{t(`details.quote.check.${check}`)}</span> {t(`details.quote.check.${check}Why`)}
        </p>
      )}
      <blockquote lang={primary.lang}>{t('details.quote.quoted', { text: primary.text })}</blockquote>
      {(primary.translated || primary.fallback || original) && (
        <p className="quote-marks">
          {primary.translated ? (
            <span className="tag translation-mark" title={t('details.quote.translationTitle')}>
              {t('common.translation.curator')}
            </span>
          ) : (
            <span className="tag original-mark" title={t('details.quote.fallbackTitle')}>
              {t('details.quote.originalIn', { language: languageName })}
            </span>
          )}
          {primary.translated && primary.fallback && (
            <span className="tag fallback-mark" title={t('common.translation.fallback')}>
              {t('details.translation.fallbackMark')}
            </span>
          )}
          {original && (
            <button type="button" className="button small quote-toggle" aria-expanded={open} aria-controls={originalId} onClick={() => setOpen(!open)}>
              {open ? t('common.translation.hideOriginal') : t('common.translation.showOriginal')}
            </button>
          )}
        </p>
      )}
      {original && (
        <div id={originalId} className="quote-original" hidden={!open}>
          <span className="tag original-mark">{t('details.quote.originalIn', { language: languageName })}</span>
          <blockquote lang={original.lang}>{t('details.quote.quoted', { text: original.text })}</blockquote>
        </div>
      )}
      <p className="supports muted">{t('details.quote.supports', { fields: quote.supports.map((field) => fieldLabel(t, locale, field)).join(t('details.parties.fieldSeparator')) })}</p>
    </li>
  );
}
