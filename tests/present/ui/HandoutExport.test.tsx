import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPanelModules, renderApp } from '../../render-app';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  document.documentElement.className = '';
});

describe('HandoutExport', { timeout: 30_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('offers the handout or the presenter’s copy as PDF or PowerPoint, labelled and reachable by keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText(/Showing/);
    await user.click(screen.getByRole('button', { name: 'Scenes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Scenes' });
    const region = within(dialog).getByRole('region', { name: 'Handout and slides' });
    const copy = within(region).getByRole('group', { name: 'Which copy' });
    expect(within(copy).getByRole('radio', { name: /^Handout/ })).toBeChecked();
    await user.click(within(copy).getByRole('radio', { name: /^Presenter's copy/ }));
    expect(within(copy).getByRole('radio', { name: /^Presenter's copy/ })).toBeChecked();
    for (const name of ['PDF handout', 'PowerPoint slides']) expect(within(region).getByRole('button', { name })).toBeEnabled();
    // No status line until something is made (the dialog has its own).
    expect(within(region).queryByRole('status')).not.toBeInTheDocument();
  });

  it('says clearly why a file could not be made, and puts the view back as it was', async () => {
    const user = userEvent.setup();
    renderApp('/?sector=energy-storage');
    const count = () => screen.getByText(/^Showing/, { selector: 'p' });
    await screen.findByText(/Showing/);
    await waitFor(() => expect(count()).toHaveTextContent('Showing 2 of 6 initiatives'));
    const search = window.location.search;
    await user.click(screen.getByRole('button', { name: 'Scenes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Scenes' });
    const region = within(dialog).getByRole('region', { name: 'Handout and slides' });
    // jsdom cannot draw on a canvas: the first scene's picture fails.
    await user.click(within(region).getByRole('button', { name: 'PDF handout' }));
    const alert = await within(region).findByRole('alert', {}, { timeout: 20_000 });
    expect(alert).toHaveTextContent('Could not make the PDF handout: the browser could not make a picture of scene 1. Your view is back as it was.');
    await waitFor(() => expect(document.documentElement).not.toHaveClass('projector'));
    expect(window.location.search).toBe(search);
    await waitFor(() => expect(count()).toHaveTextContent('Showing 2 of 6 initiatives'));
    expect(within(region).getByRole('button', { name: 'PDF handout' })).toBeEnabled();
    expect(dialog.querySelectorAll('[inert]')).toHaveLength(0);
  });
});
