import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import type { Formatter } from '../../i18n/format';
import { describePlaces } from '../../model/describe-initiative';
import { roleLabel } from '../../model/labels';
import { initiativeTitle, langTag, organisationName, quoteForDisplay, reasonText, type LocalText } from '../../model/localised';

export interface CardQuote {
  /** The quote in the display language when there is a translation into it (else the source's words, or their English translation). */
  primary: LocalText;
  /** The source's words, beneath the translation; null when `primary` is them. */
  original: LocalText | null;
  /** The language of the source (for "Original (Russian)"). */
  sourceLanguage: string;
  /** The source's title as it has it, in its language (null when it has none), and the rest of the line. */
  source: { title: string | null; lang: string; details: string };
  /** Where the quote is in its record (the j-th quote of its i-th source), for the check against the archived text. */
  at: { initiativeId: string; sourceIndex: number; quoteIndex: number };
}

/** What a tour step shows in large type, in the display language: every line traces to the initiative record. */
export interface TourCard {
  title: LocalText;
  /** `lang`: the name's language when it is not the display language's (no Chinese name yet). */
  partners: Array<{ name: string; role: string; lang: string | null }>;
  /** "30 Nov 2020", "Sep 2021 (inferred)", "date unknown"; 2020年11月30日. */
  date: string;
  /** "to the day", "to the month", "to the year", or why there is no date. */
  precision: string;
  /** Why the date was inferred, or what the source says when there is none, in the display language when the curator translated it. */
  dateReason: LocalText | null;
  places: string;
  quote: CardQuote | null;
}

/** Whether a scene's slide shows its initiative as a card: a tour step, or any scene that selects one initiative. */
export function showsCard(scene: { card?: boolean; selected: string | null } | null): boolean {
  return Boolean(scene && (scene.card || scene.selected));
}

/** The quote a card shows: the one that states what was agreed, else who, else the first. */
const QUOTE_PREFERENCE = ['title', 'instrument', 'parties'];

/** The source line of a slide names the source as a reader would (its title, publisher, date), not the file it is archived in. */
function pickQuote(dataset: Dataset, initiative: Initiative, format: Formatter): CardQuote | null {
  const { t, locale } = format;
  const all = initiative.sources.flatMap((ref, sourceIndex) => ref.quotes.map((quote, quoteIndex) => ({ ref, quote, sourceIndex, quoteIndex })));
  const chosen = QUOTE_PREFERENCE.map((field) => all.find(({ quote }) => quote.supports.includes(field))).find(Boolean) ?? all[0];
  if (!chosen) return null;
  const source = dataset.sources.get(chosen.ref.source);
  const language = source?.language ?? 'en';
  const shown = quoteForDisplay(chosen.quote, language, locale);
  const details = source
    ? [
        ...(source.title ? [] : [t('present.card.untitled')]),
        source.publisher ?? t('present.card.publisherNotStated'),
        source.date.precision === 'unknown' ? t('present.card.undated') : format.date(source.date),
      ]
    : [chosen.ref.source];
  return {
    primary: shown.primary,
    original: shown.original,
    sourceLanguage: language,
    source: { title: source?.title ?? null, lang: langTag(language), details: details.join(t('present.card.detailsJoin')) },
    at: { initiativeId: initiative.id, sourceIndex: chosen.sourceIndex, quoteIndex: chosen.quoteIndex },
  };
}

export function toTourCard(dataset: Dataset, initiative: Initiative, format: Formatter): TourCard {
  const { t, locale } = format;
  return {
    title: initiativeTitle(initiative, locale),
    partners: initiative.parties.map((party) => {
      const org = dataset.organisations.get(party.organisation);
      const untranslated = locale === 'zh' && !org?.nameZh;
      return { name: org ? organisationName(org, locale) : party.organisation, role: roleLabel(dataset, locale, party.role), lang: untranslated ? 'en' : null };
    }),
    date: format.date(initiative.date),
    precision: t(`present.card.precisionText.${initiative.date.precision}`),
    dateReason: reasonText(initiative.date, locale),
    places: describePlaces(dataset, initiative, format),
    quote: pickQuote(dataset, initiative, format),
  };
}
