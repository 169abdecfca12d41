import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { HTML_LANG } from '../../i18n/locale';
import { useLocale } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';
import { useActions, useLive } from '../../store/use-controls';
import { FallbackMark, SceneWordsText } from '../ui/SceneWordsText';
import { isTypingTarget, keyBelongsToTarget } from '../session/key-targets';
import { channelName, openChannel, parseMessage, type PresentationSnapshot, type RemoteCommand } from './presenter-channel';
import { PresenterTimer } from './PresenterTimer';
import { stepKey } from '../session/step-controller';
import { useRootClass } from '../session/use-root-class';

function statusOf(snapshot: PresentationSnapshot, t: TFunction): string {
  if (!snapshot.presenting) return t('present.presenter.status.notPresenting');
  if (snapshot.blanked) return t('present.presenter.status.blanked');
  if (snapshot.drifted) return t('present.presenter.status.drifted');
  return snapshot.auto ? t('present.presenter.status.auto', { seconds: snapshot.auto }) : t('present.presenter.status.presenting');
}

/**
 * The presenter view (`?presenter=1`, a second window): the current scene's notes, the next
 * scene, a timer. Steps sent from here move the main screen; its state comes back to show here,
 * in the main window's language: a switch there switches this window too.
 */
export function PresenterConsole() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { dataset } = useCore();
  const { setLanguage } = useActions();
  const lang = useLive((s) => s.lang);
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
  useEffect(
    function followMainLanguage() {
      if (snapshot && snapshot.lang !== lang) setLanguage(snapshot.lang);
    },
    [snapshot, lang, setLanguage],
  );
  useEffect(
    function windowTitle() {
      document.title = t('present.presenter.windowTitle');
    },
    [t],
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
      <section className="presenter-console" aria-label={t('present.presenter.title')}>
        <h1>{t('present.presenter.title')}</h1>
        <p role="alert">{t('present.presenter.noChannel', { api: 'BroadcastChannel' })}</p>
      </section>
    );
  }
  const current = snapshot?.current;
  const next = snapshot?.next;
  return (
    <section className="presenter-console" aria-label={t('present.presenter.title')}>
      <header className="presenter-head">
        <h1>{t('present.presenter.title')}</h1>
        <p className="presenter-deck">{snapshot?.deckTitle ? <SceneWordsText words={snapshot.deckTitle} /> : snapshot ? null : t('present.presenter.waiting')}</p>
        <PresenterTimer />
      </header>
      {!snapshot ? (
        <p className="presenter-status" role="status">
          {connected === false ? t('present.presenter.noAnswer') : t('present.presenter.connecting')}
        </p>
      ) : (
        <>
          <p className="presenter-status" role="status">
            <strong>{snapshot.count ? t('present.bar.counter', { n: snapshot.index + 1, total: snapshot.count }) : t('present.bar.noScenes')}</strong> · {statusOf(snapshot, t)}
            {digits && <span> · {t('present.presenter.goTo', { digits })}</span>}
          </p>
          <div className="presenter-grid">
            <section className="presenter-current" aria-label={t('present.presenter.current')}>
              <h2>{current ? <SceneWordsText words={current.title} /> : '—'}</h2>
              {current?.caption && (
                <p className="presenter-caption">
                  <SceneWordsText words={current.caption} />
                </p>
              )}
              <h3>{t('present.presenter.notes')}</h3>
              <div className="presenter-notes" lang={current?.notes && current.notes.lang !== locale ? HTML_LANG[current.notes.lang] : undefined}>
                {current?.notes ? (
                  current.notes.text.split(/\n{2,}/).map((para, i) => <p key={i}>{para}</p>)
                ) : (
                  <p className="empty">{t('present.presenter.noNotes')}</p>
                )}
              </div>
              {current?.notes?.fallback && (
                <p className="presenter-caption" lang={HTML_LANG[locale]}>
                  <FallbackMark lang={current.notes.lang} />
                </p>
              )}
            </section>
            <section className="presenter-next" aria-label={t('present.presenter.nextLabel')}>
              <h2>{t('present.presenter.next')}</h2>
              {next ? (
                <>
                  <p className="presenter-next-title">
                    <SceneWordsText words={next.title} mark={!next.caption?.fallback} />
                  </p>
                  {next.caption && (
                    <p className="presenter-caption">
                      <SceneWordsText words={next.caption} />
                    </p>
                  )}
                </>
              ) : (
                <p className="empty">{t('present.presenter.last')}</p>
              )}
            </section>
          </div>
          <div className="presenter-controls" role="group" aria-label={t('present.controls.label')}>
            <button type="button" className="button" onClick={() => send({ type: 'previous' })}>
              {t('present.controls.previous')}
            </button>
            <button type="button" className="button primary" onClick={() => send({ type: 'next' })}>
              {t('present.controls.next')}
            </button>
            <button type="button" className="button" onClick={() => send({ type: snapshot.blanked ? 'unblank' : 'blank' })} aria-pressed={snapshot.blanked}>
              {t('present.presenter.blank')}
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'return' })}>
              {t('present.controls.backToScene')}
            </button>
          </div>
          <ol className="presenter-scenes" aria-label={t('present.presenter.allScenes')} start={snapshot.titlesFrom + 1}>
            {snapshot.titles.map((title, offset) => {
              const i = snapshot.titlesFrom + offset;
              return (
                <li key={i}>
                  <button type="button" className="button small" aria-current={i === snapshot.index ? 'step' : undefined} onClick={() => send({ type: 'go', index: i })}>
                    {i + 1}. <SceneWordsText words={title} mark={false} />
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
