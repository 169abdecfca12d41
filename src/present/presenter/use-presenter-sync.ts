import { useEffect, useMemo, useRef } from 'react';
import type { Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/use-formatter';
import { deckTitleWords, sceneWords } from '../deck/scene-words';
import { channelName, openChannel, parseMessage, TITLE_WINDOW, type PresentationSnapshot, type RemoteCommand } from './presenter-channel';
import type { PresentSession } from '../session/use-present-session';

type SnapshotSource = Pick<PresentSession, 'kind' | 'deck' | 'index' | 'presenting' | 'blanked' | 'drifted' | 'auto'>;

/**
 * What the presenter view needs: the current and next scene in full, a window of titles, the
 * state, all in the main window's display language (`locale`), which the presenter view follows.
 */
export function toSnapshot({ kind, deck, index, presenting, blanked, drifted, auto }: SnapshotSource, locale: Locale): PresentationSnapshot {
  const scenes = deck?.scenes ?? [];
  const summary = (i: number) => {
    const scene = scenes[i];
    return scene ? sceneWords(scene, locale) : null;
  };
  const titlesFrom = Math.max(0, Math.min(index - TITLE_WINDOW / 2, scenes.length - TITLE_WINDOW));
  return {
    lang: locale,
    deck: kind,
    deckTitle: deck ? deckTitleWords(deck, locale) : null,
    count: scenes.length,
    index,
    current: summary(index),
    next: summary(index + 1) ?? (auto !== null && scenes.length > 1 ? summary(0) : null),
    titles: scenes.slice(titlesFrom, titlesFrom + TITLE_WINDOW).map((scene) => sceneWords(scene, locale).title),
    titlesFrom,
    presenting,
    blanked,
    drifted,
    auto,
  };
}

/** Carries out a command from the presenter view on the main screen. */
export function runRemoteCommand(session: PresentSession, command: RemoteCommand): void {
  if (!session.presenting && command.type !== 'unblank') {
    // Stepping from the presenter view starts the show on the main screen (without full screen:
    // a browser grants that only to a click or key press in its own window).
    session.start(undefined, command.type === 'go' ? command.index : undefined);
    // Starting shows a scene: stepping on from it as well would open the show one scene late.
    if (command.type === 'go' || command.type === 'next' || command.type === 'previous') return;
  }
  switch (command.type) {
    case 'go':
      session.go(Math.max(0, Math.min(command.index, session.count - 1)));
      break;
    case 'next':
      session.step(1);
      break;
    case 'previous':
      session.step(-1);
      break;
    case 'blank':
      session.setBlanked(true);
      break;
    case 'unblank':
      session.setBlanked(false);
      break;
    case 'return':
      session.returnToScene();
      break;
  }
}

/**
 * The main screen's side of the presenter channel: answers a hello with the current state, sends
 * every change, and runs the commands the presenter view sends.
 */
export function usePresenterSync(session: PresentSession, datasetBaseUrl: string): void {
  const { kind, deck, index, presenting, blanked, drifted, auto } = session;
  const locale = useLocale();
  const snapshot = useMemo(() => toSnapshot({ kind, deck, index, presenting, blanked, drifted, auto }, locale), [kind, deck, index, presenting, blanked, drifted, auto, locale]);
  const latest = useRef({ session, snapshot });
  useEffect(() => {
    latest.current = { session, snapshot };
  });
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(
    function openPresenterChannel() {
      const opened = openChannel(channelName(datasetBaseUrl));
      channel.current = opened;
      if (!opened) return;
      opened.onmessage = (event: MessageEvent) => {
        const message = parseMessage(event.data);
        if (message?.type === 'hello') opened.postMessage({ type: 'state', state: latest.current.snapshot });
        else if (message?.type === 'command') runRemoteCommand(latest.current.session, message.command);
      };
      return () => {
        opened.close();
        channel.current = null;
      };
    },
    [datasetBaseUrl],
  );

  useEffect(
    function sendState() {
      channel.current?.postMessage({ type: 'state', state: snapshot });
    },
    [snapshot],
  );
}

