import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PanelErrorBoundary } from '../../../src/views/shell/PanelErrorBoundary';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module /assets/MapView.js');
}

describe('PanelErrorBoundary', () => {
  it('says which panel failed and why, and leaves its neighbours alone', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <PanelErrorBoundary panel="map">
          <Broken />
        </PanelErrorBoundary>
        <p>The list still works</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The map could not be shown. Failed to fetch dynamically imported module');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByText('The list still works')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
