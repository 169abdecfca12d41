import { termLabel, type TermList } from '../data/vocabulary-terms';
import type { Locale } from '../i18n/locale';

/** A vocabulary's terms (the dataset's, as its check read them) as choices, labelled in the display language. */
export const termOptions = (list: TermList, locale: Locale) => list.ids.map((value) => ({ value, label: termLabel(list, value, locale) }));
