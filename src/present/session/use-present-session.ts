import { useEffect, useMemo } from 'react';
import { useCore } from '../../store/dashboard-context';
import * as present from '../../store/present-updaters';
import { useLive } from '../../store/use-controls';
import type { Deck, Scene } from '../deck/deck-schema';
import { defaultDeckKind, type PresentSettings } from '../deck/present-settings';
import type { DeckKind } from '../deck/present-url';
import { viewMatchesScene } from '../deck/scene-view';
import { stepIndex } from './step-controller';
import type { Decks } from '../deck/use-decks';
import { requestFullscreen } from './use-fullscreen';

export interface PresentSession {
  presenting: boolean;
  kind: DeckKind;
  deck: Deck | null;
  /** 0-based, always inside the deck (0 for an empty deck). */
  index: number;
  scene: Scene | null;
  count: number;
  blanked: boolean;
  /** Digits typed towards "number then Enter". */
  digits: string;
  /** The view no longer matches the scene: the presenter is exploring. */
  drifted: boolean;
  /** A short message for the screen and screen readers ("No scene 12"), or null. */
  message: string | null;
  /** Seconds between scenes, or null when auto-advance is off. */
  auto: number | null;
  autoPaused: boolean;
  /** Changes each time a scene is (re)applied, so timers restart. */
  appliedKey: string;
  start(kind?: DeckKind, index?: number): void;
  go(index: number): void;
  step(delta: number): void;
  setBlanked(blanked: boolean): void;
  returnToScene(): void;
  exit(): void;
  choose(kind: DeckKind): void;
  setDigits(digits: string): void;
  say(message: string | null): void;
  setAuto(seconds: number | null): void;
  setAutoPaused(paused: boolean): void;
}

const clampIndex = (index: number, count: number) => Math.max(0, Math.min(index, count - 1));

/**
 * The presentation on the main screen, as a mode of the store: which deck, which scene, blanked or
 * not (store/present-updaters.ts). Entering a scene puts its view on screen (filters, selection,
 * leading panel, map extent) in one history entry; the address carries `present` and `scene`, so
 * a link or a reload opens the same scene; leaving puts the analyst's own view back.
 */
export function usePresentSession(decks: Decks, settings: PresentSettings, saveSettings: (patch: Partial<PresentSettings>) => void): PresentSession {
  const { store } = useCore();
  const state = useLive((s) => ({ present: s.present, filters: s.filters, selected: s.selected, scenesOpen: s.scenesOpen }));
  const { present: p } = state;
  const counts = { curated: decks.curated?.scenes.length ?? 0, mine: decks.mine.scenes.length, tour: decks.tourCount };
  const kind = p.kind ?? defaultDeckKind(settings.deck, counts);
  // A deck is read only while it is shown (presenting, or the Scenes dialog open): the generated
  // tour is built on first read, a pass over every initiative that a session which never presents skips.
  const deck = p.on || state.scenesOpen ? decks.byKind(kind) : null;
  const count = deck ? deck.scenes.length : counts[kind];
  const index = clampIndex(p.index, count);
  const scene = deck?.scenes[index] ?? null;
  const view = useMemo(() => ({ filters: state.filters, selected: state.selected }), [state.filters, state.selected]);
  const drifted = p.on && scene !== null && !viewMatchesScene(view, scene);
  const appliedKey = present.appliedKey({ kind, index, returns: p.returns });

  useEffect(
    function showLinkedScene() {
      // Presenting from a link, or Back/Forward to another scene: the screen does not show this
      // scene yet. A correction of the address, not a step of its own in the history.
      if (p.on && deck && p.applied !== appliedKey) store.update(present.showLinkedScene(kind, index, scene), 'replace');
    },
    [p.on, p.applied, appliedKey, deck, kind, index, scene, store],
  );

  useEffect(
    function startWhenAsked() {
      // Full screen was asked for in the click itself; a second request here, outside it, is refused.
      if (p.asked) begin(undefined, undefined, false);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the request says when; start reads the latest decks
    [p.asked],
  );

  const sceneAt = (k: DeckKind, i: number) => {
    const scenes = decks.byKind(k)?.scenes ?? [];
    const at = clampIndex(i, scenes.length);
    return { at, scene: scenes[at] ?? null };
  };

  function begin(startKind: DeckKind | undefined, at: number | undefined, fullscreen: boolean) {
    // P with no curated deck, no scenes of one's own and the tour never chosen: the Scenes dialog
    // says so and offers the tour, rather than a tour of every initiative starting unasked.
    if (startKind === undefined && !p.on && counts.curated === 0 && counts.mine === 0 && settings.deck !== 'tour') {
      store.update(present.offerScenes);
      return;
    }
    if (fullscreen) requestFullscreen();
    const k = startKind ?? kind;
    const target = sceneAt(k, at ?? (p.on ? index : p.index));
    store.update(present.startPresenting(k, target.at, target.scene));
    if (startKind) saveSettings({ deck: startKind });
  }

  const start = (startKind?: DeckKind, at?: number) => begin(startKind, at, true);

  return {
    presenting: p.on,
    kind,
    deck,
    index,
    scene,
    count,
    blanked: p.blanked,
    digits: p.digits,
    drifted,
    message: p.message,
    auto: p.auto,
    autoPaused: p.autoPaused,
    appliedKey,
    start,
    go: (target) => {
      const next = sceneAt(kind, target);
      store.update(present.goToScene(next.at, next.scene));
    },
    step: (delta) => {
      const target = stepIndex(index, count, delta, p.auto !== null);
      if (target === null) return;
      const next = sceneAt(kind, target);
      store.update(present.goToScene(next.at, next.scene));
    },
    setBlanked: (blanked) => store.update(present.setBlanked(blanked)),
    returnToScene: () => store.update(present.returnToScene(scene)),
    exit: () => store.update(present.exitPresenting),
    choose: (chosen) => {
      store.update(present.chooseDeck(chosen));
      saveSettings({ deck: chosen });
    },
    setDigits: (digits) => store.update(present.setDigits(digits)),
    say: (message) => store.update(present.say(message)),
    setAuto: (seconds) => {
      store.update(present.setAuto(seconds), 'replace');
      saveSettings(seconds === null ? { auto: null } : { auto: seconds, autoSeconds: seconds });
    },
    setAutoPaused: (paused) => store.update(present.setAutoPaused(paused)),
  };
}
