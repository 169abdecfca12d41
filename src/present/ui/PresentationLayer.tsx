import './present.css';
import './projector.css';
import { useState } from 'react';
import { readPresentParams } from '../deck/present-url';
import { MainPresentation } from './MainPresentation';
import { PresenterConsole } from '../presenter/PresenterConsole';
import type { DeckFile } from '../deck/use-decks';

/**
 * Presentation mode: on the main screen the scenes, stepping, caption and projector theme; in a
 * window opened with `?presenter=1`, the presenter view (notes, next scene, timer).
 */
export function PresentationLayer({ deck = null }: { deck?: DeckFile }) {
  const [presenterWindow] = useState(() => readPresentParams(window.location.search).presenter);
  return presenterWindow ? <PresenterConsole /> : <MainPresentation deckFile={deck} />;
}
