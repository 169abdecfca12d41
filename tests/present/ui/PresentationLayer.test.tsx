import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPanelModules, renderApp } from '../../render-app';

const bar = () => screen.getByRole('contentinfo', { name: 'Scene caption' });
const count = () => screen.getByText(/^Showing/, { selector: 'p' });

afterEach(() => {
  localStorage.clear();
  document.documentElement.className = '';
});

// The whole app renders in jsdom: give each test room beyond the 5 s default.
describe('PresentationLayer', { timeout: 20_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('opens the tour from a link, steps with the keyboard, blanks, and leaves with Escape', async () => {
    const user = userEvent.setup();
    renderApp('/?present=tour&scene=2');
    expect(await screen.findByRole('article', { name: 'Siemens China Zero Carbon Pioneer Program' })).toBeInTheDocument();
    expect(bar()).toHaveTextContent('Scene 2 of 6');
    expect(document.documentElement).toHaveClass('projector');
    await waitFor(() => expect(window.location.search).toContain('selected=siemens-china-zero-carbon-pioneer-program'));

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('article', { name: /^Energy Chain, Zibo/ })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toMatch(/present=tour&scene=3/));

    await user.keyboard('b');
    expect(screen.getByRole('button', { name: /Screen blanked/ })).toBeInTheDocument();
    await user.keyboard('x');
    expect(screen.queryByRole('button', { name: /Screen blanked/ })).not.toBeInTheDocument();
    expect(bar()).toHaveTextContent('Scene 3 of 6');

    await user.keyboard('6{Enter}');
    expect(await screen.findByRole('article', { name: /^Schneider Electric memorandum/ })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('contentinfo', { name: 'Scene caption' })).not.toBeInTheDocument();
    expect(document.documentElement).not.toHaveClass('projector');
    expect(window.location.search).toBe('?selected=schneider-electric-suzhou-parks-mou');
  });

  it('announces each scene politely for screen readers', async () => {
    const user = userEvent.setup();
    renderApp('/?present=tour');
    const live = await screen.findByText(/^Scene 1 of 6: Danfoss cooperation agreement/);
    expect(live).toHaveAttribute('aria-live', 'polite');
    await user.keyboard('{End}');
    await waitFor(() => expect(live).toHaveTextContent(/^Scene 6 of 6: Schneider Electric memorandum/));
  });

  it('adds the current view to my scenes, keeps it in local storage, and refuses a broken import', async () => {
    const user = userEvent.setup();
    renderApp('/?partner=catl');
    await screen.findByText(/Showing/);
    await user.click(screen.getByRole('button', { name: 'Scenes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Scenes' });
    await user.click(within(dialog).getByRole('radio', { name: /My scenes/ }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name of the new scene' }), 'CATL pair');
    await user.click(within(dialog).getByRole('button', { name: 'Add current view as a scene' }));
    expect(within(dialog).getByText('CATL pair', { selector: '.scene-title' })).toBeInTheDocument();
    expect(within(dialog).getByText(/Partner: CATL/, { selector: '.scene-summary' })).toBeInTheDocument();
    const stored = JSON.parse(localStorage.getItem('carbon-dashboard:deck:/data/')!) as { scenes: Array<{ title: string; filters: unknown }> };
    expect(stored.scenes.map((s) => [s.title, s.filters])).toEqual([['CATL pair', { partners: ['catl'] }]]);

    const broken = new File(['not json'], 'broken.json', { type: 'application/json' });
    await user.upload(within(dialog).getByLabelText('Import a deck file (replaces my scenes)'), broken);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('“broken.json” is not a readable JSON file');
    expect(within(dialog).getAllByText(/CATL pair/, { selector: '.scene-title' })).toHaveLength(1);
    expect(localStorage.getItem('carbon-dashboard:deck:/data/')).toContain('CATL pair');

    await user.click(within(dialog).getByRole('button', { name: 'Present from scene 1: CATL pair' }));
    expect(await screen.findByRole('contentinfo', { name: 'Scene caption' })).toHaveTextContent('Scene 1 of 1');
    expect(count()).toHaveTextContent('Showing 2 of 6 initiatives');
  });

  it('starts presenting with P, but not while typing in the search box', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText(/Showing/);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'p');
    expect(screen.queryByRole('contentinfo', { name: 'Scene caption' })).not.toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard('p');
    expect(await screen.findByRole('contentinfo', { name: 'Scene caption' })).toBeInTheDocument();
  });
});
