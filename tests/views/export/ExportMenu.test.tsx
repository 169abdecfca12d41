import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { showLocale } from '../../../src/i18n/i18n';
import { loadPanelModules, renderApp } from '../../render-app';

/** Catches what the menu downloads (jsdom has no object URLs and does not download). */
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

describe('ExportMenu', { timeout: 30_000 }, () => {
  beforeAll(loadPanelModules, 30_000);
  afterEach(async () => {
    vi.restoreAllMocks();
    await showLocale('en');
  });

  it('downloads the CSV files in a .zip under an English name, with English headers and the companion file', async () => {
    const files = catchDownloads();
    const user = userEvent.setup();
    renderApp('/');
    const menu = await screen.findByRole('group', { name: 'Download' }, { timeout: 15_000 });
    const csv = within(menu).getByRole('button', { name: 'CSV (.zip)' });
    expect(csv).toHaveAttribute('title', expect.stringMatching(/^6 filtered initiatives, one row each, with names in English and Chinese/));
    await user.click(csv);
    await waitFor(() => expect(within(menu).getByRole('status')).toHaveTextContent(/^Downloaded carbon-initiatives-\d{4}-\d{2}-\d{2}\.zip$/));
    const zip = unzipSync(new Uint8Array(await files[0]!.blob.arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['about.csv', 'initiatives.csv']);
    expect(strFromU8(zip['initiatives.csv']!).split('\r\n')[0]).toMatch(/^id,title_en,title_zh,summary_en,summary_zh,date,date_iso,/);
    expect(strFromU8(zip['about.csv']!)).toContain('Filters applied,None (all initiatives)');
  });

  it('reads Chinese and downloads a Chinese CSV with a byte-order mark under a Chinese name', async () => {
    const files = catchDownloads();
    const user = userEvent.setup();
    await showLocale('zh');
    renderApp('/?lang=zh');
    const menu = await screen.findByRole('group', { name: '下载' }, { timeout: 15_000 });
    expect(within(menu).getByRole('button', { name: '看板PNG' })).toBeInTheDocument();
    expect(within(menu).getByRole('button', { name: 'JSON' })).toHaveAttribute('title', '筛选出的6项举措，含其合作方、领域和来源');
    const csv = within(menu).getByRole('button', { name: 'CSV（压缩包）' });
    expect(csv).toHaveAttribute('title', expect.stringMatching(/^筛选出的6项举措，每项一行，名称中英文分列/));
    await user.click(csv);
    await waitFor(() => expect(within(menu).getByRole('status')).toHaveTextContent(/^已下载中国减碳合作举措-\d{4}-\d{2}-\d{2}\.zip$/));
    const zip = unzipSync(new Uint8Array(await files[0]!.blob.arrayBuffer()));
    const bytes = zip['initiatives.csv']!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^编号,标题（英文）,标题（中文）,摘要（英文）,摘要（中文）,日期,/);
    expect(strFromU8(zip['about.csv']!)).toContain('已应用的筛选条件,无（全部举措）');

    await user.click(within(menu).getByRole('button', { name: 'JSON' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files[1]!.name).toMatch(/^中国减碳合作举措-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await files[1]!.blob.text()) as { language: string; initiatives: Array<{ id: string; title: string }> };
    expect(data.language).toBe('zh');
    expect(data.initiatives.map((i) => i.id)).toContain('cecep-catl-energy-storage-agreement');
  });
});
