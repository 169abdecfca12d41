import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PanelErrorBoundary } from './views/shell/PanelErrorBoundary';
import { basemapQueryOptions } from './views/map/use-basemap';
import './styles/app.css';

const queryClient = new QueryClient();
// Every dataset draws on the offline basemap: fetch it while the dataset loads.
void queryClient.prefetchQuery(basemapQueryOptions);
const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PanelErrorBoundary name="dashboard">
        <App />
      </PanelErrorBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
