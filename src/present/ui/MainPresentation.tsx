import { useLayoutEffect } from 'react';
import { useActions, useControls, useLive } from '../../store/use-controls';
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

/** What a screen reader hears on each scene change (politely, after what it is reading). */
function announcement(session: ReturnType<typeof usePresentSession>): string {
  if (!session.presenting) return '';
  if (session.message) return session.message;
  if (session.blanked) return 'Screen blanked. Press any key to show it again.';
  if (!session.scene) return 'This deck has no scenes.';
  const caption = session.scene.caption ? ` ${session.scene.caption}` : '';
  return `Scene ${session.index + 1} of ${session.count}: ${session.scene.title}.${caption}`;
}

export function MainPresentation({ deckFile }: { deckFile: DeckFile }) {
  const { dataset, leadPanel } = useControls();
  const { setScenesOpen } = useActions();
  const decks = useDecks(dataset, deckFile);
  const [settings, saveSettings] = usePresentSettings();
  const session = usePresentSession(decks, settings, saveSettings);
  const panelOpen = useLive((s) => s.scenesOpen);

  usePresentKeys(session, panelOpen);
  useAutoAdvance(session);
  usePresenterSync(session, dataset.baseUrl);
  useFullscreenExit(session.presenting, session.exit);
  useRootClass('projector', session.presenting);
  const card = session.presenting && Boolean(session.scene?.card);
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
        {announcement(session)}
      </p>
    </>
  );
}
