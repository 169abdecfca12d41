import { useCallback, useState } from 'react';

export interface ExportStatus {
  kind: 'working' | 'done' | 'failed';
  message: string;
}

/** Runs one export at a time and says what happened, for an aria-live status line. */
export function useExportAction(): { status: ExportStatus | null; busy: boolean; run(what: string, action: () => Promise<string>): Promise<void> } {
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const run = useCallback(async (what: string, action: () => Promise<string>) => {
    setStatus({ kind: 'working', message: `Preparing ${what}…` });
    try {
      const fileName = await action();
      setStatus({ kind: 'done', message: `Downloaded ${fileName}` });
    } catch (error) {
      setStatus({ kind: 'failed', message: `Could not export ${what}: ${(error as Error).message || 'unknown error'}` });
    }
  }, []);
  return { status, busy: status?.kind === 'working', run };
}
