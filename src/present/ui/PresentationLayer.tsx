import './present.css';
import './projector.css';
import { createElement, useEffect, useState } from 'react';
import { arrived } from '../../lib/tracked-chunk';
import type { DeckFile } from '../deck/use-decks';
import { usePresentStartKey } from '../session/use-present-start-key';
import { isPresenterWindow, loadMainPresentation, loadPresenterConsole, type PresentationScreens } from './presentation-chunks';

/** This window's screens: at once when their chunk has arrived (it is fetched while the dataset loads), else when it does. */
function useScreens(presenterWindow: boolean): PresentationScreens | null {
  const load = presenterWindow ? loadPresenterConsole : loadMainPresentation;
  const [screens, setScreens] = useState<PresentationScreens | null>(() => arrived(load()) ?? null);
  useEffect(
    function awaitScreens() {
      if (screens) return;
      let live = true;
      load().then(
        (loaded) => live && setScreens(() => loaded),
        (error: unknown) => console.warn('Could not load presentation mode', error),
      );
      return () => {
        live = false;
      };
    },
    [screens, load],
  );
  return screens;
}

/**
 * Presentation mode: on the main screen the scenes, stepping, caption and projector theme; in a
 * window opened with `?presenter=1`, the presenter view (notes, next scene, timer). Their code is
 * a chunk the first paint does not wait for; until it arrives, P asks to present and the session
 * starts when it lands (the Present button asks the same way).
 */
export function PresentationLayer({ deck = null }: { deck?: DeckFile }) {
  const [presenterWindow] = useState(isPresenterWindow);
  const Screens = useScreens(presenterWindow);
  usePresentStartKey(!presenterWindow && !Screens);
  // Always one of the two components of presentation-chunks.ts, never made here.
  return Screens ? createElement(Screens, { deckFile: deck }) : null;
}
