// First: it asks for the dataset before App.tsx asks for the panels' code.
import { queryClient } from './start-downloads';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { isCurateAddress } from './curate/curate-address';
import { CurateEntry } from './curate/CurateEntry';
import { detectLocale } from './i18n/detect-locale';
import { i18n, showLocale } from './i18n/i18n';
import { PanelErrorBoundary } from './views/shell/PanelErrorBoundary';
import { afterReady } from './views/ready-marks';
import { preloadPresentation } from './present';
import './styles/app.css';
import { installCjkFont } from './styles/cjk-font';
import { startRankingWorker } from './derive/rank-words-off-thread';

// Presentation mode's screens, which ready does not wait for, once it is reached (until then P asks to present).
afterReady(preloadPresentation);
// The worker that ranks titles for sorting starts meanwhile too (it is slow to start on two cores).
startRankingWorker();
const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function render() {
  createRoot(root!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <PanelErrorBoundary panel="dashboard">
            {isCurateAddress(window.location.search) ? <CurateEntry /> : <App />}
          </PanelErrorBoundary>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

// The first screen is already in the reader's language: Chinese strings (a same-origin chunk) are
// fetched before it when the link, this browser's last choice or its language asks for them.
const { locale } = detectLocale({ search: window.location.search, storage: storageOrNull(), languages: navigator.languages ?? [] });
// The Chinese font's faces are declared as soon as their list arrives (a small same-origin chunk; no
// font is fetched until Chinese is drawn); the first screen does not wait for them.
void installCjkFont().catch(() => undefined);
showLocale(locale).then(render, (error: unknown) => {
  console.warn('Could not load the strings for', locale, error);
  render();
});
