import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Initiative } from '../../../src/data/schema';
import { showLocale } from '../../../src/i18n/i18n';
import { server } from '../../msw/server';
import { loadPanelModules, renderApp } from '../../render-app';

// Big enough that the curated places (Suzhou and Huzhou are 75 km apart) draw apart, not as one cluster.
const MAP_SIZE = { width: 1600, height: 1200 };

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

async function renderMap(url = '/', placesName = 'Places on the map') {
  renderApp(url);
  // The map is a lazily loaded chunk (Leaflet): its first import takes a while in jsdom.
  const places = await screen.findByRole('region', { name: placesName }, { timeout: 15_000 });
  const map = places.closest<HTMLElement>('.map-view')!;
  await waitFor(() => expect(map.querySelectorAll('path.map-province')).toHaveLength(34), { timeout: 5_000 });
  return { map, places };
}

/** The curated data with the Liaoning agreement moved to Beijing and the Siemens programme to Hong Kong and Inner Mongolia. */
function useProvincialLevelUnits() {
  const data = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Initiative[] };
  data.initiatives.find((i) => i.id === 'catl-liaoning-fangda-zero-carbon-cluster')!.places = [{ scope: 'province', gazetteerId: '110000', name: 'Beijing', basis: 'stated' }];
  data.initiatives.find((i) => i.id === 'siemens-china-zero-carbon-pioneer-program')!.places = [
    { scope: 'province', gazetteerId: '810000', name: 'Hong Kong', basis: 'stated' },
    { scope: 'province', gazetteerId: '150000', name: 'Inner Mongolia', basis: 'stated' },
  ];
  server.use(http.get('*/data/initiatives.json', () => HttpResponse.json(data)));
}

/** Opens a Leaflet layer's tooltip (Leaflet listens on the map container) and returns it. */
async function hover(element: Element) {
  act(() => {
    fireEvent.mouseOver(element);
  });
  return waitFor(() => {
    const tip = document.querySelector<HTMLElement>('.leaflet-tooltip.map-tooltip');
    expect(tip?.textContent).toBeTruthy();
    return tip!;
  });
}

/**
 * The text of an element in the Chinese UI with what is marked as another language left out
 * (`lang="en"`: an initiative title not yet translated) and the credits' package names, which
 * are names: whatever English word is left is an untranslated interface string.
 */
function englishWordsIn(element: HTMLElement): string[] {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[lang="en"], .map-credits-sources, code').forEach((e) => e.remove());
  const allowed = /^(GeoNames|OpenStreetMap|WGS|GCJ|CC|BY)$/;
  // Text node by text node: neighbouring elements' words are not run together ("Reset view" + "All").
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  return texts.join(' ').match(/[A-Za-z]{2,}/g)?.filter((w) => !allowed.test(w)) ?? [];
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
    expect(within(places).getByRole('button', { name: /Liaoning province 辽宁省\s*1 initiative\s*inferred/ })).toBeInTheDocument();
    expect(within(places).getByRole('button', { name: /China 全国\s*1 initiative/ })).toBeInTheDocument();
    expect(within(map).getByText(/Not an officially approved map/)).toBeInTheDocument();
    // The check the Chinese tests make sees the interface's words: here, English ones.
    expect(englishWordsIn(map)).toEqual(expect.arrayContaining(['Places', 'Cities', 'Status', 'Nationwide']));
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
    within(places).getByRole('button', { name: /Liaoning province 辽宁省/ }).focus();
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
    expect(within(places).getByRole('button', { name: /Liaoning province 辽宁省/ })).toHaveFocus();
  });

  it('opens a place with several initiatives as a list, and picking one selects it', async () => {
    // The Zibo agreement moved to Ningde, so Ningde has two initiatives (and a circle far from the others).
    const data = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Initiative[] };
    const zibo = data.initiatives.find((i) => i.id === 'energy-chain-zibo-cqc-double-carbon-agreement')!;
    zibo.places = [{ scope: 'city', gazetteerId: '350900', name: 'Ningde', basis: 'stated' }];
    server.use(http.get('*/data/initiatives.json', () => HttpResponse.json(data)));
    const user = userEvent.setup();
    const { map, places } = await renderMap();
    expect(map.querySelector('path.map-marker-370300')).toBeNull();
    clickLayer(map.querySelector('path.map-marker-350900')!);
    const panel = await within(places).findByRole('heading', { level: 3, name: /Ningde 宁德市/ });
    expect(panel).toHaveFocus();
    expect(within(places).getByText(/City · 2 initiatives/)).toBeInTheDocument();
    expect(window.location.search).not.toContain('selected=');
    await user.click(within(places).getByRole('button', { name: /Energy Chain, Zibo/ }));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(await within(details).findByRole('heading', { level: 2 })).toHaveTextContent(/Energy Chain, Zibo Municipal/);
    expect(map.querySelector('[data-selected-place="350900"]')).not.toBeNull();
  });
  it('shows dates in the one English form', async () => {
    const user = userEvent.setup();
    const { places } = await renderMap();
    await user.click(within(places).getByRole('button', { name: /^Huzhou 湖州/ }));
    expect(await within(places).findByRole('button', { name: /Danfoss/ })).toHaveTextContent('30 Nov 2020 · Agreed');
  });

  it('names provincial-level units by their type, under a heading for all types', async () => {
    useProvincialLevelUnits();
    const user = userEvent.setup();
    const { map, places } = await renderMap();
    expect(within(places).getByRole('heading', { level: 4, name: 'Provincial-level units' })).toBeInTheDocument();
    expect(within(places).queryByText(/Whole provinces/)).toBeNull();
    expect(within(places).getByRole('button', { name: /^Beijing municipality 北京市\s*1 initiative/ })).toBeInTheDocument();
    expect(within(places).getByRole('button', { name: /^Hong Kong SAR 香港特别行政区\s*1 initiative/ })).toBeInTheDocument();
    expect(within(places).getByRole('button', { name: /^Inner Mongolia autonomous region 内蒙古自治区\s*1 initiative/ })).toBeInTheDocument();
    expect(map.querySelector('[data-province-id="150000"]')).toHaveTextContent('1 region-wide');
    expect(within(map).getByText(/3 whole provincial-level units/)).toBeInTheDocument();
    await user.click(within(places).getByRole('button', { name: /^Beijing municipality/ }));
    expect(await within(places).findByText(/Whole municipality · 1 initiative/)).toBeInTheDocument();
  });

  describe('in Chinese', () => {
    afterEach(() => showLocale('en'));

    it('reads Chinese: the list, the legend, the labels on the map, the summary and the credits', async () => {
      await showLocale('zh');
      const { map, places } = await renderMap('/', '地图上的地点');
      expect(within(map).getByRole('heading', { level: 2, name: '地图' })).toBeInTheDocument();
      expect(map.querySelector('.map-summary')).toHaveTextContent('4个城市 · 1个省级行政区（全境） · 1项全国性举措（仅列出，不在地图上标注）');

      // The list: headings, full Chinese names (the type is in the name, not added twice), counts.
      expect(within(places).getByRole('heading', { level: 3 })).toHaveTextContent(/^地点\s*6$/);
      for (const heading of ['全国', '省级行政区', '城市']) expect(within(places).getByRole('heading', { level: 4, name: heading })).toBeInTheDocument();
      expect(within(places).getByRole('button', { name: /^苏州市（江苏省）\s*1项举措$/ })).toBeInTheDocument();
      expect(within(places).getByRole('button', { name: /^辽宁省\s*1项举措\s*推断$/ })).toBeInTheDocument();
      expect(within(places).getByRole('button', { name: /^全国\s*1项举措$/ })).toBeInTheDocument();
      expect(places.textContent).not.toMatch(/辽宁省省/);

      // Drawn on the map: 苏州市, 湖州市, 辽宁省 with its count, the neighbours in Chinese.
      expect(map.querySelector('[data-place-id="320500"] .map-place-name')).toHaveTextContent(/^苏州市$/);
      expect(map.querySelector('[data-place-id="330500"] .map-place-name')).toHaveTextContent(/^湖州市$/);
      expect(map.querySelector('[data-province-id="210000"]')).toHaveTextContent(/^辽宁省1项全省举措 · 推断$/);

      // The legend and the bar over the map.
      const legend = within(map).getByRole('group', { name: '图例' });
      expect(legend).toHaveTextContent('状态：');
      for (const text of ['已签署', '实施中', '虚线：地点系推断，原文未载明', '阴影区域：覆盖整个省级行政区的举措', '圆环：已选']) expect(legend).toHaveTextContent(text);
      for (const name of ['放大', '缩小', '重置视图', '全国范围', '地图设置']) expect(within(map).getByRole('button', { name })).toBeInTheDocument();
      const nationwide = within(map).getByRole('group', { name: '全国性举措，未标注于具体地点' });
      expect(nationwide).toHaveTextContent('范围系推断');
      expect(map.querySelector('.map-not-approved')).toHaveTextContent('非官方审定地图：无审图号，边界仅为示意。');
      expect(within(map).getByText('地图数据来源与许可')).toBeInTheDocument();
      expect(map.querySelector('.map-canvas')).toHaveAttribute('aria-label', expect.stringContaining('方向键平移'));

      expect(englishWordsIn(map)).toEqual([]);
    });

    it('shows a place, its initiatives and the tooltips in Chinese', async () => {
      await showLocale('zh');
      const user = userEvent.setup();
      const { map, places } = await renderMap('/', '地图上的地点');
      const tip = await hover(map.querySelector('path.map-marker-330500')!);
      expect(tip).toHaveTextContent('湖州市（浙江省）1项举措');
      expect(tip).toHaveTextContent('点击查看详情');

      await user.click(within(places).getByRole('button', { name: /^湖州市/ }));
      expect(await within(places).findByRole('heading', { level: 3, name: '湖州市（浙江省）' })).toBeInTheDocument();
      expect(within(places).getByText(/^市 · 1项举措$/)).toBeInTheDocument();
      for (const name of ['← 全部地点', '按此地点筛选', '放大至此地点']) expect(within(places).getByRole('button', { name })).toBeInTheDocument();
      expect(within(places).getByRole('button', { name: /Danfoss|丹佛斯/ })).toHaveTextContent('2020年11月30日 · 已达成');
      expect(englishWordsIn(places)).toEqual([]);
    });

    it('names provincial-level units by their Chinese names, with the type once', async () => {
      useProvincialLevelUnits();
      await showLocale('zh');
      const user = userEvent.setup();
      const { map, places } = await renderMap('/', '地图上的地点');
      for (const name of ['北京市', '香港特别行政区', '内蒙古自治区']) expect(within(places).getByRole('button', { name: new RegExp(`^${name}\\s*1项举措$`) })).toBeInTheDocument();
      expect(map.querySelector('[data-province-id="110000"]')).toHaveTextContent(/^北京市1项全市举措$/);
      const tip = await hover(map.querySelector('path.map-province-target-810000')!);
      expect(tip).toHaveTextContent('香港特别行政区1项举措，覆盖全境');
      await user.click(within(places).getByRole('button', { name: /^北京市/ }));
      expect(await within(places).findByText(/^全市 · 1项举措$/)).toBeInTheDocument();
      expect(englishWordsIn(map)).toEqual([]);
    });
  });
});
