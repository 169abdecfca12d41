import { useEffect, useLayoutEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/use-formatter';
import { useActions, useControls, useLive } from '../../store/use-controls';
import { sceneWords } from '../deck/scene-words';
import { DeckPanel } from './DeckPanel';
import { PresentStage } from './PresentStage';
import { useAutoAdvance } from '../session/use-auto-advance';
import { useDecks, type DeckFile } from '../deck/use-decks';
import { useFullscreenExit } from '../session/use-fullscreen';
import { usePresentKeys } from '../session/use-present-keys';
import { usePresentSession } from '../session/use-present-session';
import { usePresentSettings } from '../session/use-present-settings';
import { usePresenterSync } from '../presenter/use-presenter-sync';
import { useRootClass } from '../session/use-root-class';
import { showsCard } from '../deck/tour-card';

/** What a screen reader hears on each scene change (politely, after what it is reading). */
function announcement(session: ReturnType<typeof usePresentSession>, t: TFunction, locale: Locale): string {
  if (!session.presenting) return '';
  if (session.message) return session.message;
  if (session.blanked) return t('present.announce.blanked');
  if (!session.scene) return t('present.announce.empty');
  const words = sceneWords(session.scene, locale);
  const scene = t('present.announce.scene', { n: session.index + 1, total: session.count, title: words.title.text });
  return words.caption ? `${scene} ${words.caption.text}` : scene;
}

export function MainPresentation({ deckFile }: { deckFile: DeckFile }) {
  const { dataset, leadPanel } = useControls();
  const { setScenesOpen } = useActions();
  const decks = useDecks(dataset, deckFile);
  const [settings, saveSettings] = usePresentSettings();
  const session = usePresentSession(decks, settings, saveSettings);
  const panelOpen = useLive((s) => s.scenesOpen);
  const { t } = useTranslation();
  const locale = useLocale();
  // A message ("No scene 12") was worded in the language it was said in: a switch clears it.
  const spokenIn = useRef(locale);
  useEffect(
    function clearMessageOnSwitch() {
      if (spokenIn.current === locale) return;
      spokenIn.current = locale;
      if (session.message) session.say(null);
    },
    [locale, session],
  );

  usePresentKeys(session, panelOpen);
  useAutoAdvance(session);
  usePresenterSync(session, dataset.baseUrl);
  useFullscreenExit(session.presenting, session.exit);
  useRootClass('projector', session.presenting);
  const card = session.presenting && showsCard(session.scene);
  useRootClass('projector-card', card);
  useLayoutEffect(
    function relayout() {
      // The theme moves and resizes panels; Leaflet and the charts re-measure on a window resize.
      window.dispatchEvent(new Event('resize'));
    },
    [session.presenting, leadPanel, card],
  );

  return (
    <>
      {session.presenting && <PresentStage session={session} />}
      {panelOpen && <DeckPanel decks={decks} session={session} settings={settings} onClose={() => setScenesOpen(false)} />}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement(session, t, locale)}
      </p>
    </>
  );
}
