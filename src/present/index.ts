/**
 * Presentation mode's public entry: what the rest of the app may use of it. Everything else under
 * present/ (deck/, session/, presenter/, ui/) is its own; lint refuses imports of it from outside.
 */
export { checkDeck, deckProblemLine, deckProblemMessage } from './deck/check-deck';
export type { DeckFile } from './deck/use-decks';
export { PresentationLayer } from './ui/PresentationLayer';
export { PresentButton } from './ui/PresentButton';
