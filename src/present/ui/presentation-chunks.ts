import type { ComponentType } from 'react';
import { trackedChunk } from '../../lib/tracked-chunk';
import { readPresentParams } from '../deck/present-url';
import { loadDeckCheck } from '../deck/use-deck-problems';
import type { DeckFile } from '../deck/use-decks';

/** The screens of presentation mode, as PresentationLayer shows them. */
export type PresentationScreens = ComponentType<{ deckFile: DeckFile }>;

/**
 * Presentation mode's screens are chunks of their own, which the first paint does not wait for: on
 * the main screen the stage, caption bar, scene dialogs and tour card (with the decks and their
 * check); in a presenter window (`?presenter=1`) the presenter view.
 */
export const loadMainPresentation = trackedChunk<PresentationScreens>(() => import('./MainPresentation').then((m) => m.MainPresentation));
export const loadPresenterConsole = trackedChunk<PresentationScreens>(() => import('../presenter/PresenterConsole').then((m) => m.PresenterConsole));

/** This window is the presenter view (`?presenter=1`), for its whole life. */
export function isPresenterWindow(): boolean {
  return readPresentParams(window.location.search).presenter;
}

/**
 * What presentation mode needs after the first paint, fetched while the dataset downloads (as the
 * panels are): the deck check, and this window's screens.
 */
export function preloadPresentation(): void {
  void loadDeckCheck();
  void (isPresenterWindow() ? loadPresenterConsole() : loadMainPresentation());
}
