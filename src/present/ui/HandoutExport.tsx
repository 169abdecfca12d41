import './handout.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formatter } from '../../i18n/format';
import { useFormatter } from '../../i18n/use-formatter';
import type { Deck } from '../deck/deck-schema';
import type { DeckKind } from '../deck/present-url';
import { HandoutFailure } from '../export/handout-failure';
import type { HandoutCopy } from '../export/handout-pages';
import type { HandoutFormat } from '../export/make-handout';
import { useHandoutExport, type HandoutRun } from './use-handout-export';

/** Scenes a file holds at most (make-handout.ts MAX_HANDOUT_SCENES, here without loading that chunk). */
const MAX_SCENES = 100;
const COPIES: readonly HandoutCopy[] = ['handout', 'presenter'];
const FORMATS: readonly HandoutFormat[] = ['pdf', 'pptx'];

/** What the status line says, in the display language at render (it follows a change of language). */
function statusText(run: HandoutRun, f: Formatter): string {
  const { t } = f;
  if (run.state === 'running') {
    const { progress } = run;
    if (progress.step === 'scene') return t('handout.progress.scene', { n: f.count(progress.n), total: f.count(progress.total) });
    if (progress.step === 'writing') return t(`handout.progress.${progress.format}`);
    return t('handout.progress.preparing');
  }
  if (run.state === 'done') {
    const { file, count, missing } = run.outcome;
    const done = t(run.format === 'pdf' ? 'handout.status.done' : 'handout.status.doneSlides', { file, count, n: f.count(count) });
    return missing.length > 0 ? `${done} ${t('handout.status.missingCharacters', { characters: missing.slice(0, 12).join(' ') })}` : done;
  }
  if (run.state === 'cancelled') return t('handout.status.cancelled');
  return '';
}

function errorText(run: Extract<HandoutRun, { state: 'failed' }>, f: Formatter): string {
  const { t } = f;
  const { error } = run;
  const reason = error instanceof HandoutFailure ? t(`handout.status.${error.reason}`, { n: f.count(error.scene ?? 0) }) : (error as Error | undefined)?.message || t('handout.status.unknownError');
  return t('handout.status.failed', { what: t(`handout.what.${run.format}`), error: reason });
}

/**
 * The Scenes dialog's handout and slides: the deck on show as a PDF handout or PowerPoint slides,
 * the audience's copy or the presenter's (with notes). While the scenes are rendered the rest of
 * the dialog is inert (a scene started from it would fight the rendering); progress is announced,
 * Cancel (or closing the dialog) stops it, and the user's view comes back either way.
 */
export function HandoutExport({ deck, kind }: { deck: Deck | null; kind: DeckKind }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const headingId = useId();
  const [copy, setCopy] = useState<HandoutCopy>('handout');
  const { run, start, cancel } = useHandoutExport(deck, kind);
  const section = useRef<HTMLElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const started = useRef<HandoutFormat | null>(null);
  const running = run.state === 'running';
  const count = deck?.scenes.length ?? 0;

  useEffect(
    function inertRestOfDialog() {
      const dialog = section.current?.closest('dialog');
      if (!running || !dialog) return;
      const others = [...dialog.children].filter((child) => child !== section.current && !child.hasAttribute('inert'));
      for (const other of others) other.setAttribute('inert', '');
      cancelButton.current?.focus();
      return () => {
        for (const other of others) other.removeAttribute('inert');
      };
    },
    [running],
  );

  useEffect(
    function focusBackWhenDone() {
      if (running || !started.current) return;
      section.current?.querySelector<HTMLButtonElement>(`[data-format="${started.current}"]`)?.focus();
      started.current = null;
    },
    [running],
  );

  const progress = run.state === 'running' && run.progress.step === 'scene' ? run.progress : null;
  return (
    <section ref={section} className="handout-export" aria-labelledby={headingId} aria-busy={running}>
      <h3 id={headingId}>{t('handout.panel.heading')}</h3>
      <p className="handout-intro">{t('handout.panel.intro')}</p>
      {count === 0 ? (
        <p className="deck-notice">{t('handout.panel.empty')}</p>
      ) : (
        count > MAX_SCENES && <p className="deck-notice">{t('handout.panel.tooMany', { count, max: f.count(MAX_SCENES), n: f.count(count) })}</p>
      )}
      <fieldset className="handout-copy" disabled={running}>
        <legend>{t('handout.panel.copy.legend')}</legend>
        {COPIES.map((c) => (
          <label key={c}>
            <input type="radio" name="handout-copy" value={c} checked={copy === c} onChange={() => setCopy(c)} />
            <span>
              {t(`handout.panel.copy.${c}`)} <span className="muted">{t(`handout.panel.copy.${c}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="handout-actions">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            data-format={format}
            disabled={running || count === 0}
            onClick={() => {
              started.current = format;
              start(format, copy, f);
            }}
          >
            {t(`handout.panel.${format}`)}
          </button>
        ))}
        {running && (
          <button ref={cancelButton} type="button" className="button" onClick={cancel}>
            {t('handout.panel.cancel')}
          </button>
        )}
      </div>
      {running && <progress className="handout-progress" aria-label={t('handout.progress.label')} value={progress?.n ?? 0} max={progress?.total ?? count} />}
      {/* Mounted from the first press on (a second status line from the start would be one too many in the dialog); the first
          progress it announces comes with the press, and focus moves to Cancel, which is announced too. */}
      {run.state !== 'idle' && (
        <p className="handout-status" role="status" aria-live="polite">
          {statusText(run, f)}
        </p>
      )}
      {run.state === 'failed' && (
        <p className="handout-error" role="alert">
          {errorText(run, f)}
        </p>
      )}
    </section>
  );
}
