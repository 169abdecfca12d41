import { useEffect, useRef, useState } from 'react';
import { useCore } from '../../store/dashboard-context';
import { isTypingTarget, keyBelongsToTarget } from '../session/key-targets';
import { channelName, openChannel, parseMessage, type PresentationSnapshot, type RemoteCommand } from './presenter-channel';
import { PresenterTimer } from './PresenterTimer';
import { stepKey } from '../session/step-controller';
import { useRootClass } from '../session/use-root-class';

function statusOf(snapshot: PresentationSnapshot): string {
  if (!snapshot.presenting) return 'The main screen is not presenting: stepping here starts it.';
  if (snapshot.blanked) return 'The main screen is blanked.';
  if (snapshot.drifted) return 'The main screen is exploring away from the scene.';
  return snapshot.auto ? `Presenting, advancing every ${snapshot.auto} s.` : 'Presenting.';
}

/**
 * The presenter view (`?presenter=1`, a second window): the current scene's notes, the next
 * scene, a timer. Steps sent from here move the main screen; its state comes back to show here.
 */
export function PresenterConsole() {
  const { dataset } = useCore();
  const [snapshot, setSnapshot] = useState<PresentationSnapshot | null>(null);
  const [connected, setConnected] = useState<boolean | null>(null);
  const [digits, setDigits] = useState('');
  const channel = useRef<BroadcastChannel | null>(null);
  useRootClass('presenter-window', true);

  useEffect(
    function connect() {
      const opened = openChannel(channelName(dataset.baseUrl));
      channel.current = opened;
      if (!opened) return;
      opened.onmessage = (event: MessageEvent) => {
        const message = parseMessage(event.data);
        if (message?.type === 'state') setSnapshot(message.state);
      };
      opened.postMessage({ type: 'hello' });
      return () => {
        opened.close();
        channel.current = null;
      };
    },
    [dataset.baseUrl],
  );
  const hasChannel = typeof BroadcastChannel === 'function';
  useEffect(
    function noticeSilence() {
      const timer = window.setTimeout(() => setConnected(snapshot !== null), 3000);
      return () => window.clearTimeout(timer);
    },
    [snapshot],
  );

  const send = (command: RemoteCommand) => channel.current?.postMessage({ type: 'command', command });

  const latest = useRef({ snapshot, digits });
  useEffect(() => {
    latest.current = { snapshot, digits };
  });
  useEffect(function listenForKeys() {
    const onKeyDown = (event: KeyboardEvent) => {
      const { snapshot: s, digits: typed } = latest.current;
      if (!s || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (!(event.key === 'Enter' && typed) && keyBelongsToTarget(event.target, event.key)) return;
      const result = stepKey({ index: s.index, count: s.count, digits: typed, blanked: s.blanked, loop: s.auto !== null }, event.key);
      if (result.handled) event.preventDefault();
      setDigits(result.digits);
      const command = result.command;
      if (command?.type === 'go' || command?.type === 'blank' || command?.type === 'unblank' || command?.type === 'return') channel.current?.postMessage({ type: 'command', command });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!hasChannel) {
    return (
      <section className="presenter-console" aria-label="Presenter view">
        <h1>Presenter view</h1>
        <p role="alert">This browser cannot link two windows (no BroadcastChannel). Present from the main window alone.</p>
      </section>
    );
  }
  const current = snapshot?.current;
  const next = snapshot?.next;
  return (
    <section className="presenter-console" aria-label="Presenter view">
      <header className="presenter-head">
        <h1>Presenter view</h1>
        <p className="presenter-deck">{snapshot ? snapshot.deckTitle : 'Waiting for the main window…'}</p>
        <PresenterTimer />
      </header>
      {!snapshot ? (
        <p className="presenter-status" role="status">
          {connected === false ? 'No main window answers. Open the presenter view from the dashboard’s Scenes panel, in the same browser.' : 'Connecting to the main window…'}
        </p>
      ) : (
        <>
          <p className="presenter-status" role="status">
            <strong>{snapshot.count ? `Scene ${snapshot.index + 1} of ${snapshot.count}` : 'No scenes'}</strong> · {statusOf(snapshot)}
            {digits && <span> · Go to scene {digits}: press Enter</span>}
          </p>
          <div className="presenter-grid">
            <section className="presenter-current" aria-label="Current scene">
              <h2>{current?.title ?? '—'}</h2>
              {current?.caption && <p className="presenter-caption">{current.caption}</p>}
              <h3>Notes</h3>
              <div className="presenter-notes">{current?.notes ? current.notes.split(/\n{2,}/).map((para, i) => <p key={i}>{para}</p>) : <p className="empty">No notes for this scene.</p>}</div>
            </section>
            <section className="presenter-next" aria-label="Next scene">
              <h2>Next</h2>
              {next ? (
                <>
                  <p className="presenter-next-title">{next.title}</p>
                  {next.caption && <p className="presenter-caption">{next.caption}</p>}
                </>
              ) : (
                <p className="empty">This is the last scene.</p>
              )}
            </section>
          </div>
          <div className="presenter-controls" role="group" aria-label="Presentation controls">
            <button type="button" className="button" onClick={() => send({ type: 'previous' })}>
              ‹ Previous
            </button>
            <button type="button" className="button primary" onClick={() => send({ type: 'next' })}>
              Next ›
            </button>
            <button type="button" className="button" onClick={() => send({ type: snapshot.blanked ? 'unblank' : 'blank' })} aria-pressed={snapshot.blanked}>
              Blank the screen
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'return' })}>
              Back to scene
            </button>
          </div>
          <ol className="presenter-scenes" aria-label="All scenes" start={snapshot.titlesFrom + 1}>
            {snapshot.titles.map((title, offset) => {
              const i = snapshot.titlesFrom + offset;
              return (
                <li key={i}>
                  <button type="button" className="button small" aria-current={i === snapshot.index ? 'step' : undefined} onClick={() => send({ type: 'go', index: i })}>
                    {i + 1}. {title}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
