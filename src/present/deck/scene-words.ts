import type { Locale } from '../../i18n/locale';
import type { Deck, Scene } from './deck-schema';

/** A scene's or deck's text as shown: in the display language, or in the other one, marked. */
export interface Words {
  text: string;
  /** The language the text is in. */
  lang: Locale;
  /** Not in the display language: shown in the other one because it has none. */
  fallback: boolean;
}

/** A scene's title, caption and notes in the display language; caption and notes null when empty. */
export interface SceneText {
  title: Words;
  caption: Words | null;
  notes: Words | null;
}

type SceneWordsSource = Pick<Scene, 'lang' | 'translations' | 'title' | 'caption' | 'notes'>;

const written = (text: string | undefined, lang: Locale, fallback: boolean): Words | null => (text ? { text, lang, fallback } : null);

/**
 * The scene's words in `locale`: as written when it was written in that language; else its
 * translation into it, field by field (a translation without notes shows the original notes,
 * marked); else the words as written, marked as a fallback.
 */
export function sceneWords(scene: SceneWordsSource, locale: Locale): SceneText {
  const base: Locale = scene.lang ?? 'en';
  if (base === locale) return { title: { text: scene.title, lang: base, fallback: false }, caption: written(scene.caption, base, false), notes: written(scene.notes, base, false) };
  const own = scene.translations?.[locale];
  const field = (translated: string | undefined, original: string | undefined): Words | null =>
    translated !== undefined ? written(translated, locale, false) : written(original, base, true);
  return {
    title: own?.title ? { text: own.title, lang: locale, fallback: false } : { text: scene.title, lang: base, fallback: true },
    caption: field(own?.caption, scene.caption),
    notes: field(own?.notes, scene.notes),
  };
}

/** The deck's title in `locale`, or in the language it was written in, marked. */
export function deckTitleWords(deck: Pick<Deck, 'title' | 'lang' | 'translations'>, locale: Locale): Words {
  const base: Locale = deck.lang ?? 'en';
  if (base === locale) return { text: deck.title, lang: base, fallback: false };
  const own = deck.translations?.[locale];
  return own ? { text: own, lang: locale, fallback: false } : { text: deck.title, lang: base, fallback: true };
}

/** The words a scene was written in, for editing them in that language. */
export function sceneBaseLang(scene: Pick<Scene, 'lang'>): Locale {
  return scene.lang ?? 'en';
}
