import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { server } from '../msw/server';
import { loadPanelModules, renderApp } from '../render-app';

describe('App', () => {
  beforeAll(loadPanelModules, 30_000);

  it('loads the curated dataset and lists every initiative with its date and place', async () => {
    renderApp();
    expect(await screen.findByText(/Showing/)).toHaveTextContent('Showing 6 of 6 initiatives');
    const list = screen.getByRole('region', { name: 'Initiatives' });
    for (const text of ['30 Nov 2020', '25 Feb 2025 (inferred)', 'Sept 2021 (inferred)', '13 Oct 2021', 'date unknown']) {
      expect(within(list).getAllByText(new RegExp(text.replace(/[()]/g, '\\$&'))).length).toBeGreaterThan(0);
    }
    expect(screen.getByRole('region', { name: 'Map' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Charts' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Details' })).toBeInTheDocument();
  });

  it('opens the details of an initiative from the keyboard, with sources and quotes', async () => {
    const user = userEvent.setup();
    renderApp();
    const list = await screen.findByRole('region', { name: 'Initiatives' });
    const item = within(list).getByRole('button', { name: /CECEP and CATL strategic cooperation agreement/ });
    item.focus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'CECEP and CATL strategic cooperation agreement on energy storage' });
    expect(heading).toHaveFocus();
    const details = heading.closest('section')!;
    expect(within(details).getByText('Ningde, Fujian')).toBeInTheDocument();
    expect(within(details).getAllByText("Curator's translation").length).toBeGreaterThan(0);
    expect(within(details).getByText(/Китайская группа по энергосбережению/, { selector: 'blockquote' })).toBeInTheDocument();
    expect(within(details).getByText(/four years in a row/, { selector: '.reason' })).toBeInTheDocument();
    expect(window.location.search).toBe('?selected=cecep-catl-energy-storage-agreement');
  });

  it('shows what failed and retries successfully', async () => {
    let failures = 1;
    const real = readFileSync('data/manifest.json', 'utf8');
    server.use(
      http.get('*/data/manifest.json', () => {
        if (failures-- > 0) return new HttpResponse('down', { status: 503, statusText: 'Service Unavailable' });
        return new HttpResponse(real, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const user = userEvent.setup();
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('/data/manifest.json answered 503 Service Unavailable');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/Showing/)).toHaveTextContent('Showing 6 of 6 initiatives');
  });

  it('shows the good records and names each bad one in a data problems panel', async () => {
    const data = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Array<Record<string, unknown>> };
    data.initiatives[1] = { ...data.initiatives[1], status: 'dreamt-of' };
    server.use(http.get('*/data/initiatives.json', () => HttpResponse.json(data)));
    renderApp();
    expect(await screen.findByText(/Showing/)).toHaveTextContent('Showing 5 of 5 initiatives');
    const panel = screen.getByRole('region', { name: /Data problems/ });
    expect(panel).toHaveTextContent('/data/initiatives.json record danfoss-wuxing-zero-carbon-agreement field status');
  });

  it('says plainly when a file is unreadable', async () => {
    server.use(http.get('*/data/organisations.json', () => new HttpResponse('{ not json', { headers: { 'Content-Type': 'application/json' } })));
    renderApp();
    const panel = await screen.findByRole('region', { name: /Data problems/ });
    expect(panel).toHaveTextContent('/data/organisations.json: not valid JSON at line 1, column 3: expected a property name in double quotes');
    await waitFor(() => expect(screen.getByText(/Showing/)).toHaveTextContent('Showing 0 of 0 initiatives'));
  });
});
