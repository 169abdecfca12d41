import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPanelModules, renderApp, waitForPanels } from '../../render-app';

const header = () => screen.getByText(/^Showing/);
/** The charts redraw one after another after the header updates; on a busy machine that can take a while. */
const CHART_REDRAW = { timeout: 5_000 };

// The whole app renders in jsdom (map, timeline, five charts): allow it time, on a busy machine too.
describe('ChartsView', { timeout: 30_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('filters the dashboard when a sector bar is pressed, keeps its own context, and undoes on a second press', async () => {
    const user = userEvent.setup();
    renderApp();
    await waitForPanels();
    const charts = await screen.findByRole('region', { name: 'Charts' });
    await waitFor(() => expect(header()).toHaveTextContent('Showing 6 of 6 initiatives'));
    const sectors = within(charts).getByRole('region', { name: 'Initiatives by sector' });
    await user.click(within(sectors).getByRole('button', { name: /^Energy storage: 2 initiatives/ }));
    await waitFor(() => expect(header()).toHaveTextContent('Showing 2 of 6 initiatives'));
    expect(window.location.search).toContain('energy-storage');
    // The charts redraw one after another, after the header: wait for them.
    // The sector chart still shows every sector, with how many of each the choice keeps.
    expect(await within(sectors).findByRole('button', { name: /^Digitalisation: 0 of 3 initiatives shown/ }, CHART_REDRAW)).toBeInTheDocument();
    expect(within(sectors).getByRole('button', { name: /^Energy storage: 2 initiatives/ })).toHaveAttribute('aria-pressed', 'true');
    // The partner chart filters: only the energy-storage partners are left.
    const partners = within(charts).getByRole('region', { name: 'Initiatives by partner' });
    expect(await within(partners).findByRole('button', { name: /^CATL \(Private company\): 2 initiatives/ }, CHART_REDRAW)).toBeInTheDocument();
    await waitFor(() => expect(within(partners).queryByRole('button', { name: /^Danfoss/ })).toBeNull(), CHART_REDRAW);
    await user.click(within(sectors).getByRole('button', { name: /^Energy storage: 2 initiatives/ }));
    await waitFor(() => expect(header()).toHaveTextContent('Showing 6 of 6 initiatives'));
  });

  it('filters by a pair from the matrix, a year, and a partner kind, each undone by pressing again', async () => {
    const user = userEvent.setup();
    renderApp();
    await waitForPanels();
    const charts = await screen.findByRole('region', { name: 'Charts' });
    const matrix = within(charts).getByRole('region', { name: 'Who works with whom' });
    const cell = within(matrix).getByRole('button', { name: /^Danfoss with Wuxing District/ });
    await user.click(cell);
    await waitFor(() => expect(header()).toHaveTextContent('Showing 1 of 6 initiatives'));
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent(/Partners together: Danfoss \+ Wuxing District/);
    await user.click(await within(matrix).findByRole('button', { name: /^Danfoss with Wuxing District.*remove this pair filter/ }, CHART_REDRAW));
    await waitFor(() => expect(header()).toHaveTextContent('Showing 6 of 6 initiatives'));

    const years = within(charts).getByRole('region', { name: 'Initiatives over time' });
    await user.click(await within(years).findByRole('button', { name: /^2 initiatives dated 2021.*Press to filter/ }, CHART_REDRAW));
    await waitFor(() => expect(header()).toHaveTextContent('Showing 2 of 6 initiatives'));
    await user.click(await within(years).findByRole('button', { name: /^2 initiatives dated 2021.*Press to clear/ }, CHART_REDRAW));
    await waitFor(() => expect(header()).toHaveTextContent('Showing 6 of 6 initiatives'));

    const kinds = within(charts).getByRole('region', { name: 'Initiatives by partner kind' });
    await user.click(await within(kinds).findByRole('button', { name: /^State-owned enterprise: 1 initiative/ }, CHART_REDRAW));
    await waitFor(() => expect(header()).toHaveTextContent('Showing 1 of 6 initiatives'));
  });

  it('shows each chart as a table with the same numbers, and filters from it', async () => {
    const user = userEvent.setup();
    renderApp();
    await waitForPanels();
    const charts = await screen.findByRole('region', { name: 'Charts' });
    const sectors = within(charts).getByRole('region', { name: 'Initiatives by sector' });
    await user.click(within(sectors).getByRole('button', { name: 'Show table' }));
    const table = within(sectors).getByRole('table', { name: 'Initiatives by sector' });
    const row = within(table).getByRole('row', { name: /Digitalisation/ });
    expect(row).toHaveTextContent('Digitalisation3');
    await user.click(within(row).getByRole('button', { name: 'Filter by Digitalisation' }));
    await waitFor(() => expect(header()).toHaveTextContent('Showing 3 of 6 initiatives'));
    await waitFor(() => expect(within(table).getByRole('row', { name: /Energy storage/ })).toHaveTextContent('Energy storage20'), CHART_REDRAW);
  });

  it('operates the bars from the keyboard: one tab stop, arrows move, Enter presses', async () => {
    const user = userEvent.setup();
    renderApp();
    await waitForPanels();
    const charts = await screen.findByRole('region', { name: 'Charts' });
    const sectors = within(charts).getByRole('toolbar', { name: 'Sectors' });
    const buttons = within(sectors).getAllByRole('button');
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    buttons[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(buttons[2]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(header()).toHaveTextContent(`Showing 2 of 6 initiatives`));
  });

  describe('while presenting', () => {
    afterEach(() => {
      document.documentElement.className = '';
      document.documentElement.style.fontSize = '';
    });

    it('draws tick labels and bars at the projector theme\'s scale, and back at the screen\'s after', async () => {
      const user = userEvent.setup();
      // What projector.css gives a 1080-line screen (jsdom loads no stylesheets).
      document.documentElement.style.fontSize = '22.68px';
      // 1rem of 22.68px: the smallest text on the slide is that size, rounded up to a whole pixel.
      renderApp('/?present=curated&scene=10');
      const card = within(await screen.findByRole('region', { name: 'Charts' })).getByRole('region', { name: 'Initiatives by sector' });
      const tick = () => within(card).getByText('Digitalisation', { selector: 'text' });
      await waitFor(() => expect(tick().style.fontSize).toBe('23px'));
      const ticks = [...card.querySelectorAll<SVGTextElement>('.recharts-cartesian-axis-tick-value')];
      // The card's room (a fixed size in jsdom) holds the first bars; the rest are one row, "and N more".
      expect(ticks.length).toBeGreaterThan(8);
      expect(new Set(ticks.map((t) => t.style.fontSize))).toEqual(new Set(['23px']));

      await user.keyboard('{Escape}');
      await waitFor(() => expect(tick().style.fontSize).toBe('13px'));
    });
  });
});
