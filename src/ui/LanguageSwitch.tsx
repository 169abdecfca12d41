import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../i18n/locale';
import { useActions, useLive } from '../store/use-controls';
import './language-switch.css';

/**
 * 中文 / EN: each language named in itself, the one on screen pressed. In the header and in the
 * presentation controls; switching keeps the scene, the filters and the selection.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const lang = useLive((s) => s.lang);
  const { setLanguage } = useActions();
  return (
    <div role="group" aria-label={t('common.language.label')} className={`language-switch${className ? ` ${className}` : ''}`}>
      {LOCALES.map((locale: Locale) => (
        <button
          key={locale}
          type="button"
          lang={locale === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={lang === locale}
          title={t(`common.language.${locale}Name`)}
          onClick={() => setLanguage(locale)}
        >
          {t(`common.language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
