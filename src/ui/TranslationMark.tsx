import { useLightTranslation } from '../i18n/use-light-translation';
import type { LocalText } from '../model/localised';

/**
 * The small mark beside a text that is not the dataset's own words in the display language: 译文 /
 * "translation" for the curator's translation, 英文 when the display language has none yet and the
 * English is shown. Nothing for the dataset's own text.
 */
export function TranslationMark({ text }: { text: LocalText }) {
  const { t } = useLightTranslation();
  if (text.translated) {
    return (
      <span className="tag translation-mark" title={t('details.translation.markTitle')}>
        {t('common.translation.curatorShort')}
      </span>
    );
  }
  if (text.fallback) {
    return (
      <span className="tag fallback-mark" title={t('common.translation.fallback')}>
        {t('details.translation.fallbackMark')}
      </span>
    );
  }
  return null;
}
