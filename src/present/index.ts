/**
 * Presentation mode's public entry: what the rest of the app may use of it. Everything else under
 * present/ (deck/, session/, presenter/, ui/) is its own; lint refuses imports of it from outside.
 */
export { useDeckProblems } from './deck/use-deck-problems';
export type { DeckFile } from './deck/use-decks';
export { preloadPresentation } from './ui/presentation-chunks';
export { PresentationLayer } from './ui/PresentationLayer';
export { PresentButton } from './ui/PresentButton';
export { deckStorageKey } from './deck/deck-storage-key';
