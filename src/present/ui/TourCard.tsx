import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuoteChecks } from '../../data/use-quote-checks';
import { HTML_LANG } from '../../i18n/locale';
import { useLocale } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';
import type { CardQuote, TourCard as Card } from '../deck/tour-card';
import { FallbackMark } from './SceneWordsText';
import { useAnchorRect } from './use-anchor-rect';
import { useFitContent } from './use-fit-content';

/**
 * What gives way when the card does not fit its box, least needed first (present.css hides each):
 * the source's own words under their translation, why the date is what it is, the partners' roles,
 * a line each for the partners (they run on in one), the line about the source, the quote's label,
 * the title's larger type (down to the facts' size); then the quote is cut to six lines, three, and
 * (marked as shortened), last left out. Type never gets smaller.
 */
const DROPS = ['fit-no-original', 'fit-no-reason', 'fit-no-roles', 'fit-inline-partners', 'fit-no-source', 'fit-no-label', 'fit-small-title', 'fit-quote-6', 'fit-quote-3', 'fit-no-quote'] as const;
const QUOTE_LANGUAGES = new Set(['en', 'zh', 'ru']);

/**
 * The slide of a scene that shows one initiative (a tour step, or a curated scene that selects
 * one): a card over the side column, large enough to read across a room, that never scrolls;
 * every line comes from the record, in the display language. The quote is shown in the display language first
 * (marked as a translation) with the source's words beneath, marked as the original; a quote its
 * archived text does not hold is marked so above it.
 */
export function TourCard({ card }: { card: Card }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const anchor = useAnchorRect('.region-side');
  const element = useRef<HTMLElement>(null);
  useFitContent(element, DROPS, card);
  const style = anchor ? { top: anchor.top, left: anchor.left, width: anchor.width, height: anchor.height } : { top: '12vh', right: '1.6vw', width: '34vw', bottom: '18vh' };
  /** `lang` for a text not in the display language. */
  const other = (lang: string) => (lang === HTML_LANG[locale] ? undefined : lang);
  const { quote } = card;
  const sourceLanguage = quote && QUOTE_LANGUAGES.has(quote.sourceLanguage) ? (quote.sourceLanguage as 'en' | 'zh' | 'ru') : null;
  return (
    <article className="present-card" aria-labelledby="present-card-title" style={style} ref={element}>
      <h2 id="present-card-title">
        <span lang={other(card.title.lang)}>{card.title.text}</span>
        {card.title.translated && <span className="present-card-tag">{t('common.translation.curatorShort')}</span>}
        {card.title.fallback && <FallbackMark lang="en" />}
      </h2>
      <dl className="present-card-facts">
        <dt>{t('present.card.partners')}</dt>
        <dd>
          <ul>
            {card.partners.map((partner) => (
              <li key={partner.name}>
                <span lang={partner.lang ?? undefined}>{partner.name}</span> <span className="present-card-role">{t('present.card.role', { role: partner.role })}</span>
              </li>
            ))}
          </ul>
          {/* The same names run on in one line, for a card short of room (fit-inline-partners). */}
          <p className="present-card-partners-inline">
            {card.partners.map((partner, i) => (
              <span key={partner.name}>
                {i > 0 && t('present.card.partnersJoin')}
                <span lang={partner.lang ?? undefined}>{partner.name}</span>
              </span>
            ))}
          </p>
        </dd>
        <dt>{t('present.card.date')}</dt>
        <dd>
          <strong>{card.date}</strong> <span className="present-card-role">{t('present.card.precision', { precision: card.precision })}</span>
          {card.dateReason && (
            <span className="present-card-reason" lang={card.dateReason.lang}>
              {card.dateReason.text}
            </span>
          )}
        </dd>
        <dt>{t('present.card.place')}</dt>
        <dd>{card.places}</dd>
      </dl>
      {quote && (
        <figure className="present-card-quote">
          <QuoteCheckMark at={quote.at} />
          {quote.primary.translated && (
            <p className="present-card-label">
              <span className="present-card-tag">{t(`present.card.translation.${quote.primary.lang === 'en' ? 'en' : 'zh'}`)}</span>
              {quote.primary.fallback && <FallbackMark lang="en" />}
            </p>
          )}
          <blockquote className="present-card-primary" lang={other(quote.primary.lang)}>
            {t('present.card.quoted', { text: quote.primary.text })}
          </blockquote>
          <p className="present-card-shortened">{t('present.card.quoteShortened')}</p>
          {quote.original && (
            <>
              <p className="present-card-label">
                <span className="present-card-tag">{sourceLanguage ? t('present.card.original', { language: t(`present.language.${sourceLanguage}`) }) : t('common.translation.original')}</span>
              </p>
              <blockquote className="present-card-original" lang={quote.original.lang}>
                {t('present.card.quoted', { text: quote.original.text })}
              </blockquote>
            </>
          )}
          <figcaption>
            {t('present.card.source')}{' '}
            {quote.source.title && (
              <>
                <span lang={other(quote.source.lang)}>{t('present.card.sourceTitle', { title: quote.source.title })}</span>
                {t('present.card.detailsJoin')}
              </>
            )}
            {quote.source.details}
          </figcaption>
        </figure>
      )}
    </article>
  );
}

/** Says on the slide, in words, that the quote was not found in its archived text (or could not be checked). */
function QuoteCheckMark({ at }: { at: CardQuote['at'] }) {
  const { t } = useTranslation();
  const { dataset, index } = useCore();
  const check = useQuoteChecks(dataset, index.byId.get(at.initiativeId)?.initiative ?? null)(at.sourceIndex, at.quoteIndex);
  if (check !== 'not-found' && check !== 'unchecked') return null;
  return (
    <p className={`present-card-check present-card-check-${check}`} role="note">
      {t(`present.card.check.${check}`)}
    </p>
  );
}
