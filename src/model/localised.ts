import type { GazetteerPlace, Initiative, Manifest, Organisation, Place, Quote, Sector } from '../data/schema';
import type { Locale } from '../i18n/locale';

/**
 * The dataset's text in the display language. English is the data's base language; Chinese comes
 * from the record's Chinese fields (names, labels) or from the curator's translations. A text that
 * is a translation says so (`translated`), and one shown in the other language because the display
 * language has none says that too (`fallback`), so a view can mark either.
 */
export interface LocalText {
  text: string;
  /** The language the text is in (a BCP-47 tag for `lang=`): 'en', 'zh-CN', or a source's language. */
  lang: string;
  /** The curator's translation, not the source's words. */
  translated: boolean;
  /** Not in the display language: shown in the other one. */
  fallback: boolean;
}

const TAG: Record<string, string> = { en: 'en', zh: 'zh-CN', ru: 'ru' };
export const langTag = (language: string): string => TAG[language] ?? language;

function pick(locale: Locale, base: string, zh: string | undefined, translated: boolean): LocalText {
  if (locale === 'zh' && zh) return { text: zh, lang: 'zh-CN', translated, fallback: false };
  return { text: base, lang: 'en', translated: false, fallback: locale !== 'en' };
}

/** The organisation's full name: its Chinese name in Chinese (the curator's knowledge where marked). */
export function organisationName(org: Pick<Organisation, 'name' | 'nameZh'>, locale: Locale): string {
  return locale === 'zh' ? (org.nameZh ?? org.name) : org.name;
}

/** The organisation's short name, for charts and running text: 宁德时代 rather than the legal name. */
export function organisationShortName(org: Pick<Organisation, 'name' | 'nameZh' | 'shortNameZh'>, locale: Locale): string {
  return locale === 'zh' ? (org.shortNameZh ?? org.nameZh ?? org.name) : org.name;
}

export function sectorLabel(sector: Pick<Sector, 'label' | 'labelZh'>, locale: Locale): string {
  return locale === 'zh' ? sector.labelZh : sector.label;
}

export function sectorDescription(sector: Pick<Sector, 'description' | 'descriptionZh'>, locale: Locale): string {
  return locale === 'zh' ? (sector.descriptionZh ?? sector.description) : sector.description;
}

/** A gazetteer unit's name: 苏州市 / Suzhou. */
export function gazetteerName(place: Pick<GazetteerPlace, 'nameEn' | 'nameZh'>, locale: Locale): string {
  return locale === 'zh' ? place.nameZh : place.nameEn;
}

/** The provincial-level unit a gazetteer place lies in: 江苏省 / Jiangsu. */
export function gazetteerProvinceName(place: Pick<GazetteerPlace, 'provinceEn' | 'provinceZh'>, locale: Locale): string {
  return locale === 'zh' ? place.provinceZh : place.provinceEn;
}

/** An initiative's place as named (a park, a district): its Chinese name, else its city's, else as the source names it. */
export function placeName(place: Pick<Place, 'name' | 'nameZh'>, locale: Locale): string {
  return locale === 'zh' ? (place.nameZh ?? place.name) : place.name;
}

export function initiativeTitle(initiative: Pick<Initiative, 'title' | 'translations'>, locale: Locale): LocalText {
  return pick(locale, initiative.title, initiative.translations?.zh?.title, true);
}

export function initiativeSummary(initiative: Pick<Initiative, 'summary' | 'translations'>, locale: Locale): LocalText {
  return pick(locale, initiative.summary, initiative.translations?.zh?.summary, true);
}

export function manifestText(manifest: Pick<Manifest, 'title' | 'description' | 'translations'>, locale: Locale): { title: string; description: string | undefined; lang: string } {
  const zh = locale === 'zh' ? manifest.translations?.zh : undefined;
  return zh ? { title: zh.title, description: zh.description ?? manifest.description, lang: 'zh-CN' } : { title: manifest.title, description: manifest.description, lang: 'en' };
}

/**
 * A quote as shown: in the display language first when the source is in another one and the
 * curator translated it (the source's words beneath, as `original`); else the source's words, with
 * an English translation beneath when there is one and the display language has none.
 */
export function quoteForDisplay(quote: Pick<Quote, 'text' | 'translations'>, sourceLanguage: string, locale: Locale): { primary: LocalText; original: LocalText | null } {
  const original: LocalText = { text: quote.text, lang: langTag(sourceLanguage), translated: false, fallback: sourceLanguage !== locale };
  if (sourceLanguage === locale) return { primary: original, original: null };
  const own = quote.translations?.[locale];
  if (own) return { primary: { text: own, lang: langTag(locale), translated: true, fallback: false }, original };
  const english = sourceLanguage !== 'en' ? quote.translations?.en : undefined;
  if (english) return { primary: { text: english, lang: 'en', translated: true, fallback: true }, original };
  return { primary: original, original: null };
}

/**
 * Why something is inferred or unknown (a date's, a place's or an inferred field's `reason`), in the
 * display language: the curator's Chinese (`reasonZh`, a translation) when Chinese is shown, else the
 * English; null when there is no reason.
 */
export function reasonText(holder: { reason?: string; reasonZh?: string }, locale: Locale): LocalText | null {
  if (!holder.reason) return null;
  return pick(locale, holder.reason, holder.reasonZh, true);
}
