import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { svg, type PathOptions } from 'leaflet';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { MapContainer } from 'react-leaflet';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BasemapLayers } from '../../../src/views/map/BasemapLayers';
import { DetailLayers } from '../../../src/views/map/DetailLayers';
import { readBasemap, type BasemapTopology } from '../../../src/views/map/map-basemap';
import { readDetail, type DetailTopology } from '../../../src/views/map/map-detail';
import { BASEMAP_COLOURS, nationalOutlineStyle } from '../../../src/views/map/map-style';
import { detailQueryOptions } from '../../../src/views/map/use-detail-basemap';
import { server } from '../../msw/server';

const SIZE = { width: 800, height: 600 };

beforeAll(() => {
  // jsdom has no layout: give Leaflet's container a size, or every view computation is NaN.
  const isMap = (el: HTMLElement) => el.classList.contains('leaflet-container');
  for (const prop of ['clientWidth', 'offsetWidth'] as const) {
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return isMap(this) ? SIZE.width : 0;
    });
  }
  for (const prop of ['clientHeight', 'offsetHeight'] as const) {
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return isMap(this) ? SIZE.height : 0;
    });
  }
});
afterAll(() => {
  vi.restoreAllMocks();
});

const basemap = readBasemap(JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as BasemapTopology);
const fujian = readDetail(JSON.parse(readFileSync('data/geo/detail/350000.topo.json', 'utf8')) as DetailTopology);
const highlight: PathOptions = { fillColor: '#123456', fillOpacity: 1, color: '#d55e00', opacity: 1, weight: 4, dashArray: '7 5' };

function renderMap(children: (renderer: ReturnType<typeof svg>) => ReactNode, client = new QueryClient()) {
  const renderer = svg();
  const { container } = render(
    <QueryClientProvider client={client}>
      <MapContainer center={[26.66, 119.52]} zoom={8} style={SIZE}>
        {children(renderer)}
      </MapContainer>
    </QueryClientProvider>,
  );
  return container;
}

describe(DetailLayers, () => {
  it('draws a loaded province: land per prefecture with its highlight, inner borders, its outline and coast', () => {
    const client = new QueryClient();
    client.setQueryData(detailQueryOptions('350000').queryKey, fujian);
    const container = renderMap(
      (renderer) => <DetailLayers provinceIds={['350000']} datum="WGS84" renderer={renderer} highlights={new Map([['350000', highlight]])} tilesOn={false} />,
      client,
    );
    const land = container.querySelectorAll('path.map-detail-land-350000');
    expect(land).toHaveLength(fujian.prefectures.features.length);
    expect(land[0]).toHaveAttribute('fill', '#123456');
    expect(land[0]).toHaveAttribute('stroke', 'none');
    const border = container.querySelector('path.map-detail-border-350000');
    expect(border).toHaveAttribute('stroke', '#d55e00');
    expect(border).toHaveAttribute('stroke-dasharray', '7 5');
    expect(border).toHaveAttribute('fill', 'none');
    const strokes = [...container.querySelectorAll('path')].map((p) => p.getAttribute('stroke'));
    expect(strokes).toContain(BASEMAP_COLOURS.prefectureBorder);
    expect(strokes).toContain(nationalOutlineStyle.color);
  });

  it('draws the plain land colour without a highlight, and nothing with tiles under it', () => {
    const client = new QueryClient();
    client.setQueryData(detailQueryOptions('350000').queryKey, fujian);
    const plain = renderMap((renderer) => <DetailLayers provinceIds={['350000']} datum="WGS84" renderer={renderer} highlights={new Map()} tilesOn={false} />, client);
    expect(plain.querySelector('path.map-detail-land-350000')).toHaveAttribute('fill', BASEMAP_COLOURS.land);
    const tiles = renderMap((renderer) => <DetailLayers provinceIds={['350000']} datum="GCJ02" renderer={renderer} highlights={new Map()} tilesOn />, client);
    expect(tiles.querySelector('path.map-detail-land-350000')).toHaveAttribute('fill-opacity', '0');
  });

  it('fetches the files from the app and draws them once they are in', async () => {
    const container = renderMap((renderer) => <DetailLayers provinceIds={['350000', '330000']} datum="WGS84" renderer={renderer} highlights={new Map()} tilesOn={false} />);
    expect(container.querySelector('path.map-detail-land-350000')).toBeNull();
    await waitFor(() => expect(container.querySelector('path.map-detail-land-330000')).not.toBeNull());
    expect(container.querySelector('path.map-detail-land-350000')).not.toBeNull();
  });

  it('draws none of them while one has failed, so the national basemap is never half replaced', async () => {
    server.use(http.get('*/data/geo/detail/330000.topo.json', () => new HttpResponse('gone', { status: 500 })));
    const client = new QueryClient();
    const container = renderMap(
      (renderer) => <DetailLayers provinceIds={['350000', '330000']} datum="WGS84" renderer={renderer} highlights={new Map()} tilesOn={false} />,
      client,
    );
    await waitFor(() => {
      expect(client.getQueryState(detailQueryOptions('330000').queryKey)?.status).toBe('error');
      expect(client.getQueryState(detailQueryOptions('350000').queryKey)?.status).toBe('success');
    });
    expect(container.querySelector('path.map-detail-land-350000')).toBeNull();
    expect(container.querySelector('path.map-detail-land-330000')).toBeNull();
  });
});

describe(BasemapLayers, () => {
  const layers = (detailed?: ReadonlySet<string>) =>
    renderMap((renderer) => (
      <BasemapLayers basemap={basemap} datum="WGS84" renderer={renderer} zoom={8} tilesOn={false} highlights={new Map([['350000', highlight]])} detailed={detailed} />
    ));

  it('draws every province and the national outline as before without detail', () => {
    const container = layers();
    expect(container.querySelectorAll('path.map-province')).toHaveLength(34);
    expect(container.querySelector('path.map-province-350000')).toHaveAttribute('fill', '#123456');
    // Each province's share of the coast is there, hidden while the merged outline is drawn.
    expect(container.querySelectorAll('path.map-coast')).toHaveLength(34);
    expect(container.querySelector('path.map-coast-330000')).toHaveAttribute('stroke', 'none');
  });

  it('hides the provinces drawn in detail, and the national outline along them only', () => {
    const container = layers(new Set(['350000']));
    expect(container.querySelectorAll('path.map-province')).toHaveLength(34);
    const fujianShape = container.querySelector('path.map-province-350000');
    expect(fujianShape).toHaveAttribute('fill', 'none');
    expect(fujianShape).toHaveAttribute('stroke', 'none');
    expect(container.querySelector('path.map-province-330000')).toHaveAttribute('fill', BASEMAP_COLOURS.land);
    expect(container.querySelector('path.map-coast-350000')).toHaveAttribute('stroke', 'none');
    expect(container.querySelector('path.map-coast-330000')).toHaveAttribute('stroke', nationalOutlineStyle.color);
  });
});
