import { useEffect, useRef } from 'react';
import { channelName, openChannel, parseMessage, type PresentationSnapshot, type RemoteCommand } from './presenter-channel';
import type { PresentSession } from './use-present-session';

export function toSnapshot(session: PresentSession): PresentationSnapshot {
  return {
    deck: session.kind,
    deckTitle: session.deck?.title ?? '',
    scenes: (session.deck?.scenes ?? []).map(({ title, caption, notes }) => ({ title, caption, notes })),
    index: session.index,
    presenting: session.presenting,
    blanked: session.blanked,
    drifted: session.drifted,
    auto: session.auto,
  };
}

/** Carries out a command from the presenter view on the main screen. */
export function runRemoteCommand(session: PresentSession, command: RemoteCommand): void {
  if (!session.presenting && command.type !== 'unblank') {
    // Stepping from the presenter view starts the show on the main screen (without full screen:
    // a browser grants that only to a click or key press in its own window).
    session.start(undefined, command.type === 'go' ? command.index : undefined);
    if (command.type === 'go') return;
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
  const snapshot = toSnapshot(session);
  // Sent when what it shows changes, not on every render.
  const snapshotText = JSON.stringify(snapshot);
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
      channel.current?.postMessage({ type: 'state', state: JSON.parse(snapshotText) as PresentationSnapshot });
    },
    [snapshotText],
  );
}

