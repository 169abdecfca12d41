import { useTranslation } from 'react-i18next';
import { HTML_LANG, type Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/use-formatter';
import type { Words } from '../deck/scene-words';

/** The mark beside a text shown in the other language because the display language has none. */
export function FallbackMark({ lang }: { lang: Locale }) {
  const { t } = useTranslation();
  return <span className="words-fallback">{t('present.words.fallback', { language: t(`present.language.${lang}`) })}</span>;
}

/**
 * A scene's or deck's words: with `lang` when they are not in the display language, and a mark
 * when they are shown in the other language because there is no version in this one.
 */
export function SceneWordsText({ words, mark = true }: { words: Words; mark?: boolean }) {
  const locale = useLocale();
  return (
    <>
      {words.lang === locale ? words.text : <span lang={HTML_LANG[words.lang]}>{words.text}</span>}
      {mark && words.fallback && (
        <>
          {' '}
          <FallbackMark lang={words.lang} />
        </>
      )}
    </>
  );
}
