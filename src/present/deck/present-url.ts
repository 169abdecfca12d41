import { LANG_PARAM, type Locale } from '../../i18n/locale';

/**
 * Presentation parameters in the URL, beside the filters (the filter codec keeps parameters it
 * does not own, and this module keeps the ones it does not own):
 *   present=curated|mine|tour  which deck is on screen
 *   scene=3                    1-based scene number; alone it opens the default deck at that scene
 *   auto=20                    advance every 20 seconds, looping (an unattended screen)
 *   presenter=1                this window is the presenter view
 */
export const DECK_KINDS = ['curated', 'mine', 'tour'] as const;
export type DeckKind = (typeof DECK_KINDS)[number];

export const PRESENT_PARAM = { deck: 'present', scene: 'scene', auto: 'auto', presenter: 'presenter' } as const;

export interface PresentParams {
  deck: DeckKind | null;
  /** 1-based, as typed in a link. */
  scene: number | null;
  /** Seconds between scenes. */
  auto: number | null;
  presenter: boolean;
}

/** Auto-advance bounds in seconds: fast enough to test, slow enough to read. */
export const AUTO_MIN_SECONDS = 3;
export const AUTO_MAX_SECONDS = 600;

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

export function readPresentParams(search: string): PresentParams {
  const params = new URLSearchParams(search);
  const deck = params.get(PRESENT_PARAM.deck);
  const auto = positiveInt(params.get(PRESENT_PARAM.auto));
  return {
    deck: (DECK_KINDS as readonly string[]).includes(deck ?? '') ? (deck as DeckKind) : null,
    scene: positiveInt(params.get(PRESENT_PARAM.scene)),
    auto: auto === null ? null : Math.min(AUTO_MAX_SECONDS, Math.max(AUTO_MIN_SECONDS, auto)),
    presenter: params.get(PRESENT_PARAM.presenter) === '1',
  };
}

/** Whether the link asks to open a presentation (a deck or a scene is named). */
export function asksToPresent(params: PresentParams): boolean {
  return !params.presenter && (params.deck !== null || params.scene !== null);
}

/** Sets (or, with null, removes) presentation parameters and keeps every other parameter as it is. */
export function writePresentParams(search: string, update: { deck?: DeckKind | null; scene?: number | null; auto?: number | null }): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | number | null | undefined) => {
    if (value === undefined) return;
    if (value === null) params.delete(name);
    else params.set(name, String(value));
  };
  set(PRESENT_PARAM.deck, update.deck);
  set(PRESENT_PARAM.scene, update.scene);
  set(PRESENT_PARAM.auto, update.auto);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The presenter window's address: this app and dataset, in the main window's language, nothing else. */
export function presenterUrl(location: { pathname: string; search: string }, lang?: Locale): string {
  const params = new URLSearchParams();
  const dataset = new URLSearchParams(location.search).get('dataset');
  if (dataset) params.set('dataset', dataset);
  params.set(PRESENT_PARAM.presenter, '1');
  if (lang) params.set(LANG_PARAM, lang);
  return `${location.pathname}?${params.toString()}`;
}
