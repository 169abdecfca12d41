import type { DataProblem } from '../../src/data/data-problem';
import type { Dataset } from '../../src/data/dataset';
import type { FuzzyDate, Quote } from '../../src/data/schema';
import type { Deck } from '../../src/present/deck/deck-schema';

/** The display languages: every text a viewer reads should exist in both. */
export type DisplayLanguage = 'en' | 'zh';
const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ['en', 'zh'];
const LANGUAGE_NAMES: Record<DisplayLanguage, string> = { en: 'English', zh: 'Chinese' };
const SOURCE_LANGUAGE_NAMES: Record<string, string> = { ...LANGUAGE_NAMES, ru: 'Russian' };

/** What a gap is in, for the total at the end. */
export const GAP_KINDS = ['organisation', 'initiative', 'place', 'person', 'quote', 'reason', 'sector', 'manifest', 'deck', 'scene'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** A text with no version in a display language: a warning for the curator, never an error. */
export interface TranslationGap extends DataProblem {
  /** The display language the text lacks. */
  lang: DisplayLanguage;
  kind: GapKind;
}

/** Where each file's gaps are reported (paths as in problems). */
export interface GapFiles {
  manifest: string;
  initiatives: string;
  organisations: string;
  sectors: string;
  sources: string;
  deck?: string;
}

/** Text whose every letter is a Latin one ("Liaoning Fangda Group Industrial Co., Ltd."). */
const LATIN_ONLY = /^[\p{Script=Latin}\P{L}]*$/u;

const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}...` : text);

/**
 * Every text of the dataset (and its deck) that lacks a version in a display language, one gap per
 * text and language: organisations' Chinese names, initiatives' Chinese titles and summaries,
 * places' Chinese names, people's titles and roles, quotes in each display language other than the
 * source's, the Chinese of every reason (why a date, a place or a field is inferred, or what the
 * source says when there is no date), sectors' Chinese descriptions, the manifest's Chinese title,
 * and the deck's and each scene's words in the language they are not written in.
 */
export function findTranslationGaps(dataset: Dataset, files: GapFiles, deck: Deck | null = null): TranslationGap[] {
  const gaps: TranslationGap[] = [];
  const add = (kind: GapKind, lang: DisplayLanguage, file: string, recordId: string | null, field: string, message: string) =>
    gaps.push({ kind, lang, file, recordId, field, message });

  const manifest = dataset.manifest;
  const manifestZh = manifest.translations?.zh;
  if (!manifestZh) add('manifest', 'zh', files.manifest, null, 'translations.zh', `no Chinese title${manifest.description ? ' and description' : ''}`);
  else if (manifest.description && !manifestZh.description) add('manifest', 'zh', files.manifest, null, 'translations.zh.description', 'no Chinese description');

  for (const org of dataset.organisations.values()) {
    if (!org.nameZh) add('organisation', 'zh', files.organisations, org.id, 'nameZh', `no Chinese name for ${org.name}`);
    org.sources.forEach((ref, i) => quoteGaps(ref.source, ref.quotes, `sources.${i}`, files.organisations, org.id));
    inferenceGaps(org.inferred, files.organisations, org.id);
  }

  for (const source of dataset.sources.values()) dateGap(source.date, files.sources, source.id);

  for (const sector of dataset.sectors.values()) {
    if (!sector.descriptionZh) add('sector', 'zh', files.sectors, sector.id, 'descriptionZh', `no Chinese description for ${sector.label}`);
  }

  for (const initiative of dataset.initiatives) {
    const file = files.initiatives;
    if (!initiative.translations?.zh) add('initiative', 'zh', file, initiative.id, 'translations.zh', 'no Chinese title and summary');
    dateGap(initiative.date, file, initiative.id);
    initiative.places.forEach((place, i) => {
      if (!place.nameZh) add('place', 'zh', file, initiative.id, `places.${i}.nameZh`, `no Chinese name for "${place.name}"`);
      if (place.reason && !place.reasonZh) add('reason', 'zh', file, initiative.id, `places.${i}.reasonZh`, `no Chinese reason for the place "${place.name}"`);
    });
    initiative.people.forEach((person, i) => {
      const zh = person.translations?.zh;
      const missing = [...(person.title && !zh?.title ? ['title'] : []), ...(!zh?.role ? ['role'] : [])];
      if (missing.length) add('person', 'zh', file, initiative.id, `people.${i}.translations.zh`, `no Chinese ${missing.join(' and ')} for ${person.name}`);
    });
    initiative.sources.forEach((ref, i) => quoteGaps(ref.source, ref.quotes, `sources.${i}`, file, initiative.id));
    inferenceGaps(initiative.inferred, file, initiative.id);
  }

  if (deck && files.deck) {
    const deckLang = deck.lang ?? 'en';
    for (const lang of DISPLAY_LANGUAGES) {
      if (lang !== deckLang && !deck.translations?.[lang]) add('deck', lang, files.deck, null, `translations.${lang}`, `no ${LANGUAGE_NAMES[lang]} deck title`);
    }
    for (const scene of deck.scenes) {
      const sceneLang = scene.lang ?? 'en';
      for (const lang of DISPLAY_LANGUAGES) {
        if (lang === sceneLang) continue;
        const words = scene.translations?.[lang];
        const missing = [
          ...(!words?.title ? ['title'] : []),
          ...(scene.caption && !words?.caption ? ['caption'] : []),
          ...(scene.notes && !words?.notes ? ['notes'] : []),
        ];
        if (missing.length) add('scene', lang, files.deck, scene.id, `translations.${lang}`, `no ${LANGUAGE_NAMES[lang]} ${listWords(missing)}`);
      }
    }
  }
  return gaps;

  function dateGap(date: FuzzyDate, file: string, recordId: string) {
    if (date.reason && !date.reasonZh) add('reason', 'zh', file, recordId, 'date.reasonZh', `no Chinese reason for the date`);
  }

  function inferenceGaps(inferred: ReadonlyArray<{ field: string; reason: string; reasonZh?: string }> | undefined, file: string, recordId: string) {
    inferred?.forEach((entry, i) => {
      if (!entry.reasonZh) add('reason', 'zh', file, recordId, `inferred.${i}.reasonZh`, `no Chinese reason why ${entry.field} is inferred`);
    });
  }

  function quoteGaps(sourceId: string, quotes: readonly Quote[], at: string, file: string, recordId: string) {
    const sourceLang = dataset.sources.get(sourceId)?.language;
    if (!sourceLang) return;
    quotes.forEach((quote, j) => {
      for (const lang of DISPLAY_LANGUAGES) {
        if (lang === sourceLang || quote.translations?.[lang]) continue;
        // A name in Latin letters quoted from a Russian or Chinese text reads the same in English.
        if (lang === 'en' && LATIN_ONLY.test(quote.text)) continue;
        add('quote', lang, file, recordId, `${at}.quotes.${j}.translations.${lang}`, `no ${LANGUAGE_NAMES[lang]} translation of the ${SOURCE_LANGUAGE_NAMES[sourceLang] ?? sourceLang} quote "${shorten(quote.text)}"`);
      }
    });
  }
}

function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const KIND_NOUNS: Record<GapKind, [string, string]> = {
  organisation: ['organisation name', 'organisation names'],
  initiative: ['initiative', 'initiatives'],
  place: ['place name', 'place names'],
  person: ['person', 'people'],
  quote: ['quote', 'quotes'],
  reason: ['reason', 'reasons'],
  sector: ['sector description', 'sector descriptions'],
  manifest: ['manifest', 'manifest'],
  deck: ['deck title', 'deck titles'],
  scene: ['scene', 'scenes'],
};

/**
 * The total for the end of data:check: "3 translation gaps (warnings, not errors): 2 lack Chinese
 * (1 organisation name, 1 quote), 1 lacks English (1 scene)", or that every text has both.
 */
export function summariseGaps(gaps: readonly TranslationGap[]): string {
  if (gaps.length === 0) return 'Translations: every text has an English and a Chinese version.';
  const parts = DISPLAY_LANGUAGES.flatMap((lang) => {
    const mine = gaps.filter((gap) => gap.lang === lang);
    if (mine.length === 0) return [];
    const byKind = GAP_KINDS.map((kind) => [kind, mine.filter((gap) => gap.kind === kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${KIND_NOUNS[kind][n === 1 ? 0 : 1]}`);
    return [`${mine.length} ${mine.length === 1 ? 'lacks' : 'lack'} ${LANGUAGE_NAMES[lang]} (${byKind.join(', ')})`];
  });
  return `${gaps.length} translation gap${gaps.length === 1 ? '' : 's'} (warnings, not errors): ${parts.join('; ')}.`;
}
