import { useTranslation } from 'react-i18next';
import type { Locale } from '../../i18n/locale';
import { useActions, useLive } from '../../store/use-controls';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { presenterUrl } from '../deck/present-url';
import { requestFullscreen } from '../session/use-fullscreen';
import type { PresentSession } from '../session/use-present-session';

/**
 * Opens the presenter view: the same app in a second window, kept in step over BroadcastChannel,
 * opening in the main window's language (and following it after: presenter-channel.ts).
 */
export function openPresenterWindow(lang: Locale): void {
  window.open(presenterUrl(window.location, lang), 'carbon-dashboard-presenter', 'popup,width=1100,height=760');
}

/** The presentation's buttons: every key has a button, for a mouse or a touch screen; and 中文/EN. */
export function PresentControls({ session }: { session: PresentSession }) {
  const { t } = useTranslation();
  const { index, count, drifted, auto, autoPaused } = session;
  const { setScenesOpen } = useActions();
  const lang = useLive((s) => s.lang);
  return (
    <div className="present-controls" role="group" aria-label={t('present.controls.label')}>
      <button type="button" onClick={() => session.step(-1)} disabled={count === 0 || (index === 0 && auto === null)} aria-keyshortcuts="ArrowLeft PageUp">
        {t('present.controls.previous')}
      </button>
      <button type="button" onClick={() => session.step(1)} disabled={count === 0 || (index === count - 1 && auto === null)} aria-keyshortcuts="ArrowRight PageDown Space">
        {t('present.controls.next')}
      </button>
      <button type="button" className={drifted ? 'present-attention' : undefined} onClick={session.returnToScene} disabled={count === 0} aria-keyshortcuts="R">
        {t('present.controls.backToScene')}
      </button>
      <button type="button" onClick={() => session.setBlanked(true)} aria-keyshortcuts="B">
        {t('present.controls.blank')}
      </button>
      {auto !== null && (
        <button type="button" aria-pressed={autoPaused} onClick={() => session.setAutoPaused(!autoPaused)}>
          {autoPaused ? t('present.controls.autoPaused') : t('present.controls.auto', { seconds: auto })}
        </button>
      )}
      <button type="button" onClick={() => setScenesOpen(true)}>
        {t('present.controls.scenes')}
      </button>
      <button type="button" onClick={() => openPresenterWindow(lang)}>
        {t('present.controls.presenterView')}
      </button>
      <button type="button" onClick={requestFullscreen}>
        {t('present.controls.fullScreen')}
      </button>
      <LanguageSwitch className="present-language" />
      <button type="button" onClick={session.exit} aria-keyshortcuts="Escape">
        {t('present.controls.exit')}
      </button>
    </div>
  );
}
