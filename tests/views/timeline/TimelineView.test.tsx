import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPanelModules, renderApp, waitForPanels } from '../../render-app';

async function timeline() {
  expect(await screen.findByText(/Showing/)).toHaveTextContent('Showing 6 of 6 initiatives');
  await waitForPanels();
  return screen.getByRole('region', { name: 'Timeline' });
}
const count = () => screen.getByText(/Showing/);

// Each test renders the whole app and types like a person: slower than a unit test in jsdom.
describe('TimelineView', { timeout: 20_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('brushes the date range from the keyboard and the header count follows', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    const start = within(region).getByRole('slider', { name: 'Start of the date range' });
    const end = within(region).getByRole('slider', { name: 'End of the date range' });
    start.focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    // From Jan 1, 2021: Danfoss (Nov 2020) and the undated Schneider MoU drop out.
    expect(count()).toHaveTextContent('Showing 4 of 6 initiatives');
    expect(start).toHaveAttribute('aria-valuetext', 'Jan 1, 2021');
    end.focus();
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(count()).toHaveTextContent('Showing 2 of 6 initiatives');
    expect(window.location.search).toBe('?from=2021-01-01&to=2022-12-31');
    expect(within(region).getByLabelText('From', { exact: true })).toHaveValue('2021-01-01');
    // The timeline still draws 2020 and 2025 (its own clause is skipped), greyed.
    expect(within(region).getByRole('button', { name: /^CECEP and CATL .*Energy storage$/ })).toHaveClass('dimmed');

    await user.click(within(region).getByRole('button', { name: 'Clear dates' }));
    expect(count()).toHaveTextContent('Showing 6 of 6 initiatives');
    expect(start).toHaveAttribute('aria-valuetext', 'no start limit');
  });

  it('takes a range typed in the date fields', async () => {
    const user = userEvent.setup();
    renderApp('/?selected=siemens-china-zero-carbon-pioneer-program');
    const region = await timeline();
    const to = within(region).getByLabelText('To', { exact: true });
    await user.type(to, '2021-09-15');
    expect(count()).toHaveTextContent('Showing 2 of 6 initiatives');
    expect(window.location.search).toContain('to=2021-09-15');
  });

  it('selects an initiative with Enter and shows the selection on the timeline', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    const marks = within(region).getAllByRole('button', { name: /Siemens China Zero Carbon Pioneer Program, Sep 2021 \(inferred\), dated to the month/ });
    expect(marks.map((m) => m.getAttribute('aria-label')!.split('; ')[1])).toEqual(['Digitalisation', 'Industrial decarbonisation']);
    marks[0]!.focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?selected=siemens-china-zero-carbon-pioneer-program');
    for (const mark of marks) expect(mark).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves between marks in time order with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    const first = within(region).getAllByRole('button', { name: /^Danfoss/ })[0]!;
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^CECEP and CATL strategic cooperation agreement on energy storage, Feb 25, 2025/);
    await user.keyboard('{Home}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^Danfoss/);
    expect(within(region).getByRole('tooltip')).toHaveTextContent('Nov 30, 2020 · dated to the day');
  });

  it('lists the undated initiatives in their own lane and selects one from there', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    await user.click(within(region).getByRole('button', { name: /Undated 1 initiative with no known date/ }));
    await user.click(within(region).getByRole('button', { name: 'Schneider Electric memorandum of cooperation with two Suzhou parks' }));
    expect(window.location.search).toBe('?selected=schneider-electric-suzhou-parks-mou');
  });

  it('regroups the lanes by another attribute', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    await user.selectOptions(within(region).getByLabelText('Lanes'), 'status');
    expect(within(region).getByRole('button', { name: /^Siemens .*; Launched$/ })).toBeInTheDocument();
    expect(within(region).getByText(/5 dated initiatives in 3 status lanes/)).toBeInTheDocument();
  });

  it('steps the playhead so initiatives appear cumulatively, and shows everything again on request', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    await user.selectOptions(within(region).getByLabelText('Speed'), 'year');
    await user.click(within(region).getByRole('button', { name: 'Step forward' }));
    expect(count()).toHaveTextContent('Showing 1 of 6 initiatives');
    expect(within(region).getByText('Playback: up to Dec 2020')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Step forward' }));
    expect(count()).toHaveTextContent('Showing 3 of 6 initiatives');
    expect(within(region).queryAllByRole('button', { name: /^CECEP/ })).toHaveLength(0);
    await user.click(within(region).getByRole('button', { name: 'Show all dates' }));
    expect(count()).toHaveTextContent('Showing 6 of 6 initiatives');
    expect(within(region).getAllByRole('button', { name: /^CECEP/ }).length).toBeGreaterThan(0);
  });

  describe('while presenting', () => {
    afterEach(() => {
      document.documentElement.className = '';
      document.documentElement.style.fontSize = '';
    });

    it('draws lane labels, year labels and marks at the projector theme\'s scale, and back at the screen\'s after', async () => {
      const user = userEvent.setup();
      // What projector.css gives a 1080-line screen (jsdom loads no stylesheets).
      document.documentElement.style.fontSize = '22.68px';
      renderApp('/?present=curated&scene=2');
      const region = await screen.findByRole('region', { name: 'Timeline' });
      const laneLabel = () => region.querySelector<SVGTextElement>('.tl-lane-label')!;
      const swatch = () => region.querySelector<SVGRectElement>('.tl-swatch')!;
      await waitFor(() => expect(laneLabel().style.fontSize).toBe('20px'));
      expect(region.querySelector<SVGTextElement>('.tl-year')!.style.fontSize).toBe('20px');
      expect(Number(swatch().getAttribute('width'))).toBeCloseTo(10 * 1.512);
      // jsdom's ResizeObserver stub gives the plot 400px: twelve lanes do not fit at 1.5 times, so
      // lanes and marks shrink to fit, down to their screen size (the labels stay large).
      const point = region.querySelector<SVGCircleElement>('.tl-mark circle:not(.tl-focus-ring)')!;
      expect(Number(point.getAttribute('r'))).toBeCloseTo(5);

      await user.keyboard('{Escape}');
      await waitFor(() => expect(laneLabel().style.fontSize).toBe('13px'));
      expect(Number(swatch().getAttribute('width'))).toBe(10);
    });
  });
});
