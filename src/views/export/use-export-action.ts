import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportFailure } from './export-failure';

/** What an export makes, as its status line names it ("the chart image", 图表图片). */
export type ExportWhat = 'dashboard' | 'map' | 'timeline' | 'chart' | 'chartSvg' | 'csv' | 'json';

export interface ExportStatus {
  kind: 'working' | 'done' | 'failed';
  message: string;
}

type Outcome = { kind: 'working'; what: ExportWhat } | { kind: 'done'; what: ExportWhat; file: string } | { kind: 'failed'; what: ExportWhat; error: unknown };

/**
 * Runs one export at a time (a press while one is working is ignored: the buttons say so with
 * aria-disabled and keep the keyboard focus) and says what happened, in the display language, for
 * an aria-live status line.
 */
export function useExportAction(): { status: ExportStatus | null; busy: boolean; run(what: ExportWhat, action: () => Promise<string>): Promise<void> } {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const working = useRef(false);
  const run = useCallback(async (what: ExportWhat, action: () => Promise<string>) => {
    if (working.current) return;
    working.current = true;
    setOutcome({ kind: 'working', what });
    try {
      setOutcome({ kind: 'done', what, file: await action() });
    } catch (error) {
      setOutcome({ kind: 'failed', what, error });
    } finally {
      working.current = false;
    }
  }, []);
  // Worded at render: a status line on screen follows a change of language.
  const status = useMemo((): ExportStatus | null => {
    if (!outcome) return null;
    const what = t(`exports.what.${outcome.what}`);
    if (outcome.kind === 'working') return { kind: 'working', message: t('exports.status.working', { what }) };
    if (outcome.kind === 'done') return { kind: 'done', message: t('exports.status.done', { file: outcome.file }) };
    const { error } = outcome;
    const reason = error instanceof ExportFailure ? t(`exports.status.${error.reason}`) : (error as Error | undefined)?.message || t('exports.status.unknownError');
    return { kind: 'failed', message: t('exports.status.failed', { what, error: reason }) };
  }, [outcome, t]);
  return { status, busy: outcome?.kind === 'working', run };
}
