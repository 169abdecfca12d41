import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import { describePlaces } from '../../model/describe-initiative';
import { formatFuzzyDate } from '../../model/fuzzy-date';
import { ROLE_LABELS } from '../../model/labels';

export interface CardQuote {
  text: string;
  /** BCP 47 language of the quote as archived ("en", "ru", "zh"). */
  lang: string;
  translation: string | null;
  source: string;
}

/** What a tour step shows in large type: every line traces to the initiative record. */
export interface TourCard {
  title: string;
  partners: Array<{ name: string; role: string }>;
  /** "Nov 30, 2020", "Sep 2021 (inferred)", "date unknown". */
  date: string;
  /** "to the day", "to the month", "to the year", or why there is no date. */
  precision: string;
  /** Why the date was inferred, or what the source says when there is none. */
  dateReason: string | null;
  places: string;
  quote: CardQuote | null;
}

const PRECISION_TEXT = { day: 'to the day', month: 'to the month', year: 'to the year', unknown: 'not given in the source' } as const;
/** The quote a card shows: the one that states what was agreed, else who, else the first. */
const QUOTE_PREFERENCE = ['title', 'instrument', 'parties'];

function pickQuote(dataset: Dataset, initiative: Initiative): CardQuote | null {
  const all = initiative.sources.flatMap((ref) => ref.quotes.map((quote) => ({ ref, quote })));
  const chosen = QUOTE_PREFERENCE.map((field) => all.find(({ quote }) => quote.supports.includes(field))).find(Boolean) ?? all[0];
  if (!chosen) return null;
  const source = dataset.sources.get(chosen.ref.source);
  const parts = source
    ? [
        source.title ? `“${source.title}”` : 'Untitled article',
        source.publisher ?? 'publisher not stated',
        source.date.precision === 'unknown' ? 'undated' : formatFuzzyDate(source.date),
        `archived as ${source.file.replace(/^sources\//, '')}`,
      ]
    : [chosen.ref.source];
  return {
    text: chosen.quote.text,
    lang: source?.language ?? 'en',
    translation: chosen.quote.translations?.en ?? null,
    source: parts.filter(Boolean).join(' · '),
  };
}

export function toTourCard(dataset: Dataset, initiative: Initiative): TourCard {
  return {
    title: initiative.title,
    partners: initiative.parties.map((party) => ({
      name: dataset.organisations.get(party.organisation)?.name ?? party.organisation,
      role: ROLE_LABELS[party.role] ?? party.role,
    })),
    date: formatFuzzyDate(initiative.date),
    precision: PRECISION_TEXT[initiative.date.precision],
    dateReason: initiative.date.reason ?? null,
    places: describePlaces(dataset, initiative),
    quote: pickQuote(dataset, initiative),
  };
}
