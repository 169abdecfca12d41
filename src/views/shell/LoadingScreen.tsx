import type { LoadProgress } from '../../data/load-dataset';
import { formatCount } from '../../model/labels';

const STEP_TEXT: Record<LoadProgress['step'], string> = {
  manifest: 'Reading the dataset manifest',
  files: 'Downloading dataset files',
  validating: 'Checking every record',
  done: 'Drawing the dashboard',
};

export function LoadingScreen({ progress }: { progress: LoadProgress | null }) {
  const step = progress?.step ?? 'manifest';
  const total = progress?.filesTotal ?? 5;
  const done = progress?.filesDone ?? 0;
  const value = step === 'manifest' ? 0 : step === 'files' ? done : step === 'validating' ? total : total + 1;
  return (
    <main className="status-screen" aria-busy="true">
      <h1>Carbon initiatives in China</h1>
      <p role="status" aria-live="polite">
        {STEP_TEXT[step]}
        {step === 'files' ? ` (${done} of ${total} files, ${formatCount(Math.round((progress?.bytes ?? 0) / 1024))} kB)` : ''}…
      </p>
      <progress max={total + 1} value={value} aria-label="Loading progress" />
    </main>
  );
}
