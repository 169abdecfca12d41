import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { trackedChunk } from '../../../src/views/panel-chunks';
import { ChunkPanel } from '../../../src/views/shell/ChunkPanel';
import { PanelErrorBoundary } from '../../../src/views/shell/PanelErrorBoundary';

const Panel = () => <p>the panel</p>;
const inSuspense = (load: () => Promise<typeof Panel>) => (
  <Suspense fallback={<p>Loading the panel…</p>}>
    <ChunkPanel load={load} />
  </Suspense>
);

describe(ChunkPanel, () => {
  it('renders a panel whose chunk has arrived at once, with no loading fallback', async () => {
    const load = trackedChunk(() => Promise.resolve(Panel));
    await load();
    render(inSuspense(load));
    // Synchronously after render: no fallback was ever needed.
    expect(screen.getByText('the panel')).toBeInTheDocument();
    expect(screen.queryByText('Loading the panel…')).not.toBeInTheDocument();
  });

  it('shows the fallback while the chunk is on its way, then the panel', async () => {
    let arrive: (panel: typeof Panel) => void = () => {};
    const load = trackedChunk(() => new Promise<typeof Panel>((resolve) => (arrive = resolve)));
    await act(async () => {
      render(inSuspense(load));
    });
    expect(screen.getByText('Loading the panel…')).toBeInTheDocument();
    await act(async () => arrive(Panel));
    expect(await screen.findByText('the panel')).toBeInTheDocument();
  });

  it('hands a chunk that failed to load to the panel\'s error boundary', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = trackedChunk<typeof Panel>(() => Promise.reject(new Error('Failed to fetch dynamically imported module /assets/MapView.js')));
    await load().catch(() => {});
    render(<PanelErrorBoundary panel="map">{inSuspense(load)}</PanelErrorBoundary>);
    expect(screen.getByRole('alert')).toHaveTextContent('The map could not be shown. Failed to fetch dynamically imported module');
    quiet.mockRestore();
  });

  it('starts the import once however often it is asked for', () => {
    let started = 0;
    const load = trackedChunk(() => {
      started++;
      return Promise.resolve(Panel);
    });
    expect(load()).toBe(load());
    expect(started).toBe(1);
  });
});
