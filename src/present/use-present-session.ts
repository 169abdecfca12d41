import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDashboard, type LeadPanel, type MapBounds } from '../views/dashboard-context';
import type { Deck, Scene } from './deck-schema';
import { defaultDeckKind, type PresentSettings } from './present-settings';
import { asksToPresent, readPresentParams, writePresentParams, type DeckKind } from './present-url';
import { sceneToView, viewMatchesScene } from './scene-view';
import { stepIndex } from './step-controller';
import type { Decks } from './use-decks';
import { usePresentUi } from './present-ui-store';
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

interface State {
  kind: DeckKind;
  index: number;
  blanked: boolean;
  digits: string;
  message: string | null;
  returns: number;
  auto: number | null;
  autoPaused: boolean;
}

function replaceSearch(search: string) {
  if (search === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/**
 * The presentation on the main screen: which deck, which scene, blanked or not. Entering a scene
 * applies its view (filters and selection in one history entry), flies the map and picks the
 * leading panel; the URL carries `present` and `scene` so a link or a reload opens the same scene.
 */
export function usePresentSession(decks: Decks, settings: PresentSettings, saveSettings: (patch: Partial<PresentSettings>) => void): PresentSession {
  const { presenting, setPresenting, applyView, focusMap, leadPanel, setLeadPanel, filters, selectedId } = useDashboard();
  const counts = { curated: decks.curated?.scenes.length ?? 0, mine: decks.mine.scenes.length, tour: decks.tourCount };
  const [state, setState] = useState<State>(() => {
    const params = readPresentParams(window.location.search);
    return {
      kind: params.deck ?? defaultDeckKind(settings.deck, counts),
      index: (params.scene ?? 1) - 1,
      blanked: false,
      digits: '',
      message: null,
      returns: 0,
      auto: params.auto ?? settings.auto,
      autoPaused: false,
    };
  });

  // A deck is read only while it is shown (presenting, or the deck panel open): the generated tour
  // is built on first read, a pass over every initiative that a session which never presents skips.
  const { panelOpen } = usePresentUi();
  const deck = presenting || panelOpen ? decks.byKind(state.kind) : null;
  const count = deck ? deck.scenes.length : counts[state.kind];
  const index = Math.max(0, Math.min(state.index, count - 1));
  const scene = deck?.scenes[index] ?? null;
  const view = useMemo(() => ({ filters, selected: selectedId }), [filters, selectedId]);
  const drifted = presenting && scene !== null && !viewMatchesScene(view, scene);

  useEffect(
    function openDeepLink() {
      if (asksToPresent(readPresentParams(window.location.search))) setPresenting(true);
    },
    [setPresenting],
  );

  // The extent to fly to once the scene's leading panel is laid out.
  const pendingFlight = useRef<{ bounds: MapBounds; lead: LeadPanel } | null>(null);
  useEffect(
    function applyScene() {
      if (!presenting || !scene) return;
      pendingFlight.current = scene.map ? { bounds: scene.map, lead: scene.lead } : null;
      applyView(sceneToView(scene));
      setLeadPanel(scene.lead);
    },
    [presenting, scene, state.returns, applyView, setLeadPanel],
  );
  useEffect(
    function flyWhenLaidOut() {
      const flight = pendingFlight.current;
      if (!flight || flight.lead !== leadPanel) return;
      pendingFlight.current = null;
      // The new layout is committed and the map has been told to re-measure (the layer sends a
      // resize, which Leaflet handles in the next frame): fly in that frame, after it.
      const frame = requestAnimationFrame(() => focusMap(flight.bounds));
      return () => cancelAnimationFrame(frame);
    },
    [leadPanel, presenting, scene, state.returns, focusMap],
  );

  // Present/scene in the URL while presenting (written once the view shows the scene, so the
  // scene's own history entry gets it); removed when the presentation ends.
  const wasPresenting = useRef(false);
  useEffect(
    function syncUrl() {
      if (presenting) {
        wasPresenting.current = true;
        if (!drifted && count > 0) replaceSearch(writePresentParams(window.location.search, { deck: state.kind, scene: index + 1 }));
      } else if (wasPresenting.current) {
        wasPresenting.current = false;
        replaceSearch(writePresentParams(window.location.search, { deck: null, scene: null, auto: null }));
      }
    },
    [presenting, drifted, state.kind, index, count, view],
  );

  useEffect(
    function followHistory() {
      const onPopState = () => {
        const params = readPresentParams(window.location.search);
        if (!asksToPresent(params)) {
          if (wasPresenting.current) setPresenting(false);
          return;
        }
        setState((s) => ({ ...s, kind: params.deck ?? s.kind, index: (params.scene ?? 1) - 1, blanked: false, digits: '' }));
        setPresenting(true);
      };
      window.addEventListener('popstate', onPopState);
      return () => window.removeEventListener('popstate', onPopState);
    },
    [setPresenting],
  );

  const patch = useCallback((update: Partial<State>) => setState((s) => ({ ...s, ...update })), []);
  const go = useCallback((target: number) => patch({ index: target, blanked: false, digits: '', message: null }), [patch]);
  const start = useCallback(
    (kind?: DeckKind, at?: number) => {
      requestFullscreen();
      setState((s) => ({ ...s, kind: kind ?? s.kind, index: at ?? s.index, blanked: false, digits: '', message: null, returns: s.returns + 1 }));
      if (kind) saveSettings({ deck: kind });
      setPresenting(true);
    },
    [setPresenting, saveSettings],
  );
  const step = useCallback(
    (delta: number) => {
      const target = stepIndex(index, count, delta, state.auto !== null);
      if (target !== null) go(target);
    },
    [index, count, state.auto, go],
  );

  return {
    presenting,
    kind: state.kind,
    deck,
    index,
    scene,
    count,
    blanked: state.blanked,
    digits: state.digits,
    drifted,
    message: state.message,
    auto: state.auto,
    autoPaused: state.autoPaused,
    appliedKey: `${state.kind}:${index}:${state.returns}`,
    start,
    go,
    step,
    setBlanked: (blanked) => patch({ blanked, digits: '' }),
    returnToScene: () => setState((s) => ({ ...s, returns: s.returns + 1, blanked: false, digits: '' })),
    exit: () => {
      patch({ blanked: false, digits: '', message: null });
      setPresenting(false);
    },
    choose: (kind) => {
      patch({ kind, index: 0 });
      saveSettings({ deck: kind });
    },
    setDigits: (digits) => patch({ digits }),
    say: (message) => patch({ message }),
    setAuto: (seconds) => {
      patch({ auto: seconds, autoPaused: false });
      saveSettings(seconds === null ? { auto: null } : { auto: seconds, autoSeconds: seconds });
    },
    setAutoPaused: (autoPaused) => patch({ autoPaused }),
  };
}
