import { DatasetLoadError } from '../../data/load-dataset';

export function LoadErrorScreen({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const url = error instanceof DatasetLoadError ? error.url : null;
  return (
    <main className="status-screen">
      <h1>Carbon initiatives in China</h1>
      <div role="alert" className="load-error">
        <h2>The dataset could not be loaded</h2>
        <p>{error.message}</p>
        {url && (
          <p>
            File: <code>{url}</code>
          </p>
        )}
        <p>Check that the file exists and is served, then try again. Nothing you set in the address bar is lost.</p>
      </div>
      <button type="button" className="button primary" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </main>
  );
}
