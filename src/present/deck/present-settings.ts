import { z } from 'zod';
import { AUTO_MAX_SECONDS, AUTO_MIN_SECONDS, DECK_KINDS, type DeckKind } from './present-url';

/** Presentation preferences kept in this browser: the deck last chosen and the auto-advance interval. */
const SettingsSchema = z.object({
  deck: z.enum(DECK_KINDS).nullable().catch(null),
  /** Seconds between scenes when auto-advance is on; null when off. */
  auto: z.number().int().min(AUTO_MIN_SECONDS).max(AUTO_MAX_SECONDS).nullable().catch(null),
  /** The interval offered when auto-advance is next switched on. */
  autoSeconds: z.number().int().min(AUTO_MIN_SECONDS).max(AUTO_MAX_SECONDS).catch(20),
});
export type PresentSettings = z.infer<typeof SettingsSchema>;

export const SETTINGS_KEY = 'carbon-dashboard:present-settings';
export const DEFAULT_SETTINGS: PresentSettings = { deck: null, auto: null, autoSeconds: 20 };

export function readPresentSettings(storage: Storage | null): PresentSettings {
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const parsed = SettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
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
