import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { figureParts, keepInFigure } from '../../../src/views/export/figure-parts';
import { loadPanelModules, renderApp, waitForPanels } from '../../render-app';

/** The elements a capture of `root` copies: those the filter keeps, under ancestors it keeps (html-to-image copies an <svg> whole: its marks are the drawing). */
function copied(root: Element): Element[] {
  if (!keepInFigure(root)) return [];
  if (root.localName === 'svg') return [root];
  return [root, ...[...root.children].flatMap(copied)];
}

const CONTROL = 'input, select, textarea, summary, [role="slider"], button, [role="button"]';

describe('report figures', { timeout: 30_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('capture the views’ drawings and keys, and none of their controls', async () => {
    renderApp('/');
    await waitForPanels();
    await waitFor(() => expect(document.querySelector('.region-map .map-frame .leaflet-container')).not.toBeNull(), { timeout: 15_000 });
    await screen.findAllByRole('button', { name: /^Digitalisation: 3 initiatives/ }, { timeout: 15_000 }).catch(() => undefined);

    const map = figureParts('map');
    expect(map).toHaveLength(1);
    expect(map[0]!.map((block) => block.map((part) => part.className.split(' ')[0]))).toEqual([['map-head', 'map-frame', 'map-foot']]);
    const timeline = figureParts('timeline');
    expect(timeline[0]![0]!.map((part) => part.className.split(' ')[0])).toEqual(['tl-head', 'tl-legend', 'tl-plot']);
    const dashboard = figureParts('dashboard');
    expect(dashboard.map((row) => row.length)).toEqual([2, 1]);

    // On the page the views have controls: zoom, the map's mode, date fields, Play, the lane picker, the brush handles.
    const regions = ['.region-map', '.region-timeline', '.region-charts'].map((s) => document.querySelector(s)!);
    expect(regions.flatMap((r) => [...r.querySelectorAll(CONTROL)]).length).toBeGreaterThan(10);
    for (const name of ['Zoom in', 'Zoom out']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Play/ })).toBeInTheDocument();

    // In the figure: no form field, slider or toggle; a button only as a table's cell (the partner matrix's numbers).
    const inFigure = dashboard.flat(2).flatMap(copied);
    const controls = inFigure.filter((element) => element.matches(CONTROL));
    expect(controls.filter((element) => !(element.localName === 'button' && element.closest('td, th')))).toEqual([]);
    expect(controls.every((element) => element.classList.contains('matrix-cell'))).toBe(true);
    const text = inFigure.map((element) => (element.children.length === 0 ? element.textContent : '')).join(' ');
    expect(text).toContain('Map');
    expect(text).toContain('Timeline');
    expect(text).toContain('Initiatives by sector');
    expect(text).toMatch(/Status:/);
    expect(text).not.toMatch(/Zoom in|Step forward|Clear dates/);
  });
});
