import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Initiative } from '../../../src/data/schema';
import { server } from '../../msw/server';
import { loadPanelModules, renderApp } from '../../render-app';

const MAP_SIZE = { width: 800, height: 600 };

beforeAll(() => {
  // jsdom has no canvas (getContext logs "not implemented"): say so quietly, so the map draws its markers in SVG.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  // jsdom has no layout: give Leaflet's container a size, or every view computation is NaN.
  const isMap = (el: HTMLElement) => el.classList.contains('leaflet-container');
  for (const [prop, size] of [['clientWidth', MAP_SIZE.width], ['clientHeight', MAP_SIZE.height], ['offsetWidth', MAP_SIZE.width], ['offsetHeight', MAP_SIZE.height]] as const) {
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return isMap(this) ? size : 0;
    });
  }
  const rect = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return isMap(this) ? DOMRect.fromRect({ x: 0, y: 0, ...MAP_SIZE }) : rect.call(this);
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});

/**
 * Clicks a Leaflet vector layer. Leaflet copies the event with a for-in loop to make its
 * "preclick"; jsdom's MouseEvent keeps clientX/clientY on the prototype, where that loop misses
 * them, so they are set on the event itself.
 */
function clickLayer(element: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperties(event, { clientX: { value: 400, enumerable: true }, clientY: { value: 300, enumerable: true } });
  act(() => {
    element.dispatchEvent(event);
  });
}

async function renderMap(url = '/') {
  renderApp(url);
  // The map is a lazily loaded chunk (Leaflet): its first import takes a while in jsdom.
  const places = await screen.findByRole('region', { name: 'Places on the map' }, { timeout: 15_000 });
  const map = screen.getByRole('region', { name: 'Map' });
  await waitFor(() => expect(map.querySelectorAll('path.map-province')).toHaveLength(34), { timeout: 5_000 });
  return { map, places };
}

// Rendering the whole app with Leaflet in jsdom takes a couple of seconds per test.
describe('MapView', { timeout: 20_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('draws the 34 provinces, a marker per city, the Liaoning highlight and the nationwide list', async () => {
    const { map, places } = await renderMap();
    for (const id of ['320500', '330500', '350900', '370300']) expect(map.querySelector(`path.map-marker-${id}`)).not.toBeNull();
    expect(map.querySelectorAll('path.map-marker')).toHaveLength(4);
    // Liaoning shaded (not the land colour) and dashed (inferred); its neighbour Jilin plain.
    expect(map.querySelector('path.map-province-210000')).toHaveAttribute('stroke-dasharray');
    expect(map.querySelector('path.map-province-210000')!.getAttribute('fill')).not.toBe(map.querySelector('path.map-province-220000')!.getAttribute('fill'));
    expect(map.querySelector('path.map-province-220000')).not.toHaveAttribute('stroke-dasharray');
    expect(within(map).getByText('1 province-wide · inferred')).toBeInTheDocument();
    expect(within(map).getAllByText('辽宁').length).toBeGreaterThan(0);

    const nationwide = within(map).getByRole('group', { name: 'Nationwide initiatives, not pinned to a place' });
    expect(within(nationwide).getByRole('button', { name: /Siemens China Zero Carbon Pioneer Program/ })).toBeInTheDocument();

    expect(within(places).getByRole('button', { name: /Suzhou 苏州, Jiangsu\s*1 initiative/ })).toBeInTheDocument();
    expect(within(places).getByRole('button', { name: /Liaoning 辽宁\s*1 initiative\s*inferred/ })).toBeInTheDocument();
    expect(within(places).getByRole('button', { name: /China 全国\s*1 initiative/ })).toBeInTheDocument();
    expect(within(map).getByText(/Not an officially approved map/)).toBeInTheDocument();
  });

  it('selects the initiative when its marker is clicked', async () => {
    const { map } = await renderMap();
    clickLayer(map.querySelector('path.map-marker-350900')!);
    const details = screen.getByRole('region', { name: 'Details' });
    expect(await within(details).findByRole('heading', { level: 2 })).toHaveTextContent('CECEP and CATL strategic cooperation agreement on energy storage');
    expect(window.location.search).toContain('selected=cecep-catl-energy-storage-agreement');
  });

  it('rings the marker of an initiative selected in the list', async () => {
    const user = userEvent.setup();
    const { map } = await renderMap();
    expect(map.querySelector('[data-selected-place]')).toBeNull();
    await user.click(within(screen.getByRole('region', { name: 'Initiatives' })).getByRole('button', { name: /Energy Chain, Zibo/ }));
    await waitFor(() => expect(map.querySelector('[data-selected-place="370300"]')).not.toBeNull());
    expect(map.querySelector('path.map-marker-370300')).toHaveAttribute('stroke', '#D55E00');
    expect(within(screen.getByRole('region', { name: 'Places on the map' })).getByRole('button', { name: /Zibo/ })).toHaveTextContent('selected');
  });

  it('lists the initiatives at a place from the keyboard, and filters to it', async () => {
    const user = userEvent.setup();
    const { places } = await renderMap();
    within(places).getByRole('button', { name: /Liaoning 辽宁/ }).focus();
    await user.keyboard('{Enter}');
    const heading = await within(places).findByRole('heading', { level: 3, name: /Liaoning 辽宁省/ });
    expect(heading).toHaveTextContent('Liaoning');
    expect(within(places).getByText(/Whole province · 1 initiative/)).toBeInTheDocument();
    await user.click(within(places).getByRole('button', { name: 'Filter to this place' }));
    await waitFor(() => expect(window.location.search).toContain('place=210000'));
    expect(within(places).getByRole('button', { name: 'Filter to this place' })).toHaveAttribute('aria-pressed', 'true');
    // The map keeps drawing the other places (its own clause is skipped), faded.
    const map = screen.getByRole('region', { name: 'Map' });
    expect(map.querySelectorAll('path.map-marker')).toHaveLength(4);
    expect(map.querySelector('path.map-marker-320500')).toHaveAttribute('fill-opacity', '0.25');
    await user.click(within(places).getByRole('button', { name: '← All places' }));
    expect(within(places).getByRole('button', { name: /Liaoning 辽宁/ })).toHaveFocus();
  });

  it('opens a place with several initiatives as a list, and picking one selects it', async () => {
    // The Zibo agreement moved to Suzhou, so Suzhou has two initiatives.
    const data = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Initiative[] };
    const zibo = data.initiatives.find((i) => i.id === 'energy-chain-zibo-cqc-double-carbon-agreement')!;
    zibo.places = [{ scope: 'city', gazetteerId: '320500', name: 'Suzhou', basis: 'stated' }];
    server.use(http.get('*/data/initiatives.json', () => HttpResponse.json(data)));
    const user = userEvent.setup();
    const { map, places } = await renderMap();
    expect(map.querySelector('path.map-marker-370300')).toBeNull();
    clickLayer(map.querySelector('path.map-marker-320500')!);
    const panel = await within(places).findByRole('heading', { level: 3, name: /Suzhou 苏州市/ });
    expect(panel).toHaveFocus();
    expect(within(places).getByText(/City · 2 initiatives/)).toBeInTheDocument();
    expect(window.location.search).not.toContain('selected=');
    await user.click(within(places).getByRole('button', { name: /Energy Chain, Zibo/ }));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(await within(details).findByRole('heading', { level: 2 })).toHaveTextContent(/Energy Chain, Zibo Municipal/);
    expect(map.querySelector('[data-selected-place="320500"]')).not.toBeNull();
  });
});
