import { AUTO_MAX_SECONDS, AUTO_MIN_SECONDS, DECK_KINDS, type DeckKind } from './present-url';

/** Presentation preferences kept in this browser: the deck last chosen and the auto-advance interval. */
export interface PresentSettings {
  deck: DeckKind | null;
  /** Seconds between scenes when auto-advance is on; null when off. */
  auto: number | null;
  /** The interval offered when auto-advance is next switched on. */
  autoSeconds: number;
}

export const SETTINGS_KEY = 'carbon-dashboard:present-settings';
export const DEFAULT_SETTINGS: PresentSettings = { deck: null, auto: null, autoSeconds: 20 };

const isSeconds = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= AUTO_MIN_SECONDS && (value as number) <= AUTO_MAX_SECONDS;

/**
 * The settings saved in this browser (read before the first paint, so in plain code): an object,
 * each field that does not read falling back on its own, as if never set.
 */
export function readPresentSettings(storage: Storage | null): PresentSettings {
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return DEFAULT_SETTINGS;
    const { deck, auto, autoSeconds } = saved as Record<string, unknown>;
    return {
      deck: (DECK_KINDS as readonly unknown[]).includes(deck) ? (deck as DeckKind) : null,
      auto: isSeconds(auto) ? auto : null,
      autoSeconds: isSeconds(autoSeconds) ? autoSeconds : 20,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function writePresentSettings(storage: Storage | null, settings: PresentSettings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Preferences only: without storage they last for this page.
  }
}

/** The deck to present when none is named: the last chosen if it has scenes, else curated, else mine, else the tour. */
export function defaultDeckKind(last: DeckKind | null, counts: Record<DeckKind, number>): DeckKind {
  if (last && counts[last] > 0) return last;
  return (['curated', 'mine', 'tour'] as const).find((kind) => counts[kind] > 0) ?? 'tour';
}
