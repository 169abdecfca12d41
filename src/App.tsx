import { datasetBaseUrl } from './data/load-dataset';
import { useDataset } from './data/use-dataset';
import { DashboardProvider } from './store/DashboardProvider';
import { Dashboard } from './views/Dashboard';
import { loadTableView, preloadPanelChunks } from './views/panel-chunks';
import { LoadErrorScreen } from './views/shell/LoadErrorScreen';
import { LoadingScreen } from './views/shell/LoadingScreen';

/** `?dataset=synthetic/n10000-s1` loads another dataset under /data/; the default is the curated one. */
export function currentDatasetUrl(): string {
  return datasetBaseUrl(new URLSearchParams(window.location.search).get('dataset'));
}

// The panels' code, fetched while the dataset downloads; main.tsx has asked for the dataset before
// this module runs (start-downloads.ts), so these requests queue behind it.
preloadPanelChunks();
void loadTableView();

export function App() {
  const baseUrl = currentDatasetUrl();
  const { data, error, isPending, isFetching, refetch, progress } = useDataset(baseUrl);
  if (error) return <LoadErrorScreen error={error} onRetry={() => void refetch()} retrying={isFetching} />;
  if (isPending || !data) return <LoadingScreen progress={progress} />;
  return (
    // A new dataset is a new dashboard: its store, index and address reading start afresh.
    <DashboardProvider key={data.dataset.baseUrl} dataset={data.dataset}>
      <Dashboard loaded={data} />
    </DashboardProvider>
  );
}
