import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../src/App';
import { loadDeckCheck } from '../src/present/deck/use-deck-problems';
import { loadMainPresentation, loadPresenterConsole } from '../src/present/ui/presentation-chunks';
import { loadChartsView, loadMapView, loadTimelineView } from '../src/views/panel-chunks';

/** Renders the whole app at `url` with a fresh query cache, as main.tsx does. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

/** Waits until the dashboard has loaded and its lazily loaded panels (map, timeline, charts) have replaced their placeholders. */
export async function waitForPanels() {
  await screen.findByText(/Showing/);
  await waitFor(() => {
    if (screen.queryAllByText(/^Loading the (map|timeline|charts)…$/).length > 0) throw new Error('panels still loading');
    // The first import of a panel's module is transformed on demand: give it time on a busy machine.
  }, { timeout: 15_000 });
}

/**
 * Imports the lazily loaded panels' modules. Call it in `beforeAll` of a file that renders the app: otherwise a test
 * can end while a panel's import is still in flight, and Vitest fails the run when that import lands after teardown.
 */
export async function loadPanelModules() {
  await Promise.all([loadMapView(), loadTimelineView(), loadChartsView(), loadMainPresentation(), loadPresenterConsole(), loadDeckCheck()]);
}
