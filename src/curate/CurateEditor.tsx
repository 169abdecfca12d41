import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { showLocale } from '../i18n/i18n';
import { BasicsSection } from './BasicsSection';
import { checkDraft } from './check-draft';
import { curateWriteUrl } from './curate-address';
import { CurateContext, type CurateContextValue } from './curate-context';
import type { BaseDataset } from './curate-types';
import { DateSection } from './DateSection';
import { PartiesSection } from './PartiesSection';
import { PlacesSection } from './PlacesSection';
import { ProblemsPanel } from './ProblemsPanel';
import { RecordChooser } from './RecordChooser';
import { useFocusKeeper } from './use-focus-keeper';
import { SaveBar } from './SaveBar';
import { gazetteerPlaces } from './search-names';
import { SectorsSection } from './SectorsSection';
import { SourcesSection } from './SourcesSection';
import { useDraftSession } from './use-draft-session';

/** Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z or Ctrl+Y redoes, anywhere on the page: one history for every field. */
function undoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  return key === 'y' && !event.shiftKey ? 'redo' : null;
}

export function CurateEditor({ base, dataset, onSaved }: { base: BaseDataset; dataset: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const session = useDraftSession(dataset);
  const { draft } = session;
  // The check runs on the draft as React gets to it: typing stays quick on a large dataset.
  const checked = useDeferredValue(draft);
  const check = useMemo(() => checkDraft(base, checked), [base, checked]);
  const gazetteer = useMemo(() => gazetteerPlaces(base.gazetteer), [base]);
  const texts = useMemo(() => {
    const all = new Map(base.texts);
    for (const s of draft.newSources) if (typeof s.record.id === 'string') all.set(s.record.id, s.text);
    return all;
  }, [base, draft.newSources]);
  const context: CurateContextValue = { base, draft, update: session.update, check, texts, gazetteer };
  const writes = Boolean(curateWriteUrl());

  useEffect(() => {
    document.title = t('curate.title');
  }, [t]);

  const { undo, redo } = session;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoKey(event);
      if (!action) return;
      // The editor's undo, not the browser's own for the one field: the draft has one history.
      event.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
  const root = useRef<HTMLDivElement>(null);
  useFocusKeeper(root);
  const other = i18n.language === 'zh' ? 'en' : 'zh';

  return (
    <CurateContext value={context}>
      <div className="curate" ref={root}>
        <header className="app-header curate-header">
          <div className="app-title">
            <h1>{t('curate.title')}</h1>
            <p className="curate-hint">{writes ? t('curate.mode.write') : t('curate.mode.download')}</p>
          </div>
          <div className="header-actions">
            <button type="button" className="button" lang={other === 'zh' ? 'zh-CN' : 'en'} onClick={() => void showLocale(other)}>
              {t(`common.language.${other}`)}
            </button>
            <a className="button" href={i18n.language === 'zh' ? '/?lang=zh' : '/'}>
              {t('curate.back')}
            </a>
          </div>
        </header>
        <div className="curate-body">
          <main className="curate-form" aria-label={t('curate.formTitle')}>
            {session.restoredAt !== null && (
              <p className="curate-notice" role="status">
                {t('curate.restored', { when: new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(session.restoredAt) })}
              </p>
            )}
            {!session.kept && (
              <p className="curate-warning" role="alert">
                {t('curate.notKept')}
              </p>
            )}
            <RecordChooser onReplace={session.replace} dirty={session.canUndo || session.restoredAt !== null} />
            <SourcesSection />
            <BasicsSection />
            <DateSection />
            <PartiesSection />
            <PlacesSection />
            <SectorsSection />
          </main>
          <aside className="curate-side" aria-label={t('curate.sideLabel')}>
            <ProblemsPanel />
            <SaveBar session={session} onSaved={onSaved} />
          </aside>
        </div>
      </div>
    </CurateContext>
  );
}
