import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../src/App';

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
