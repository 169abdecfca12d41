/**
 * One user deck per dataset: ids in a deck only mean something in the dataset it was made on.
 * A module of its own, with no imports: the offline copy's button reads it on the first screen
 * without pulling in the deck's schema and checks.
 */
export function deckStorageKey(baseUrl: string): string {
  return `carbon-dashboard:deck:${baseUrl}`;
}
