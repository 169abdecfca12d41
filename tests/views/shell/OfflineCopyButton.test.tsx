import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/data/dataset';
import { loadDataset } from '../../../src/data/load-dataset';
import { showLocale } from '../../../src/i18n/i18n';
import { readFileSource } from '../../../src/lib/inlined-files';
import { TEMPLATE_MARK } from '../../../src/lib/offline-page';
import { deckStorageKey } from '../../../src/present/deck/deck-store';
import { CoreContext, type DashboardCore } from '../../../src/store/dashboard-context';
import { OfflineCopyButton } from '../../../src/views/shell/OfflineCopyButton';
import { server } from '../../msw/server';

const TEMPLATE = `<!doctype html><html><head>${TEMPLATE_MARK}<script type="module">/* the app */</script></head><body><div id="root"></div></body></html>`;

/** Catches what the button downloads (jsdom has no object URLs and does not download). */
function catchDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDataset('/data/')).dataset;
});
afterEach(async () => {
  vi.restoreAllMocks();
  localStorage.clear();
  await showLocale('en');
});

function renderButton() {
  // The button reads only the dataset from the dashboard's core.
  const core = { dataset } as DashboardCore;
  return render(
    <CoreContext.Provider value={core}>
      <OfflineCopyButton />
    </CoreContext.Provider>,
  );
}

describe(OfflineCopyButton, () => {
  it('fills the template in with the dataset and my deck, and downloads one HTML file', async () => {
    server.use(http.get('*/offline/template.html', () => HttpResponse.text(TEMPLATE, { headers: { 'Content-Type': 'text/html' } })));
    localStorage.setItem(deckStorageKey('/data/'), '{"version":1,"title":"Mine","scenes":[]}');
    const files = catchDownloads();
    const user = userEvent.setup();
    renderButton();
    const button = screen.getByRole('button', { name: 'Download offline copy' });
    expect(button).toHaveAttribute('title', expect.stringMatching(/^One HTML file with the dashboard/));
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Saved carbon-initiatives-offline-\d{4}-\d{2}-\d{2}\.html \(\d+(\.\d)? MB\)\.$/));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^carbon-initiatives-offline-\d{4}-\d{2}-\d{2}\.html$/);

    const copy = readFileSource(new DOMParser().parseFromString(await files[0]!.blob.text(), 'text/html'));
    expect(copy.copy).toMatchObject({ dataset: '/data/', storage: { [deckStorageKey('/data/')]: '{"version":1,"title":"Mine","scenes":[]}' } });
    const manifest = (await (await copy.fetch('/data/manifest.json')).json()) as { title: string };
    expect(manifest.title).toBe(dataset.manifest.title);
    expect((await copy.fetch('/data/geo/detail/650000.topo.json')).status).toBe(200);
  });

  it('says there is no template (the development server answers with the app itself) instead of failing', async () => {
    server.use(http.get('*/offline/template.html', () => HttpResponse.text('<!doctype html><html><head></head><body><div id="root"></div></body></html>')));
    const files = catchDownloads();
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Download offline copy' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/cannot make an offline copy: it has no offline template/));
    expect(files).toEqual([]);
  });

  it('says what failed in Chinese', async () => {
    server.use(
      http.get('*/offline/template.html', () => HttpResponse.text(TEMPLATE)),
      http.get('*/data/geo/basemap.topo.json', () => new HttpResponse('gone', { status: 500, statusText: 'Server Error' })),
    );
    await showLocale('zh');
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: '下载离线版' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('无法生成离线版：/data/geo/basemap.topo.json answered 500 Server Error'));
  });
});
