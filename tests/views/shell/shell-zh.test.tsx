import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, type LoadedDataset } from '../../../src/data/load-dataset';
import { showLocale } from '../../../src/i18n/i18n';
import { DashboardProvider } from '../../../src/store/DashboardProvider';
import { DataProblemsPanel } from '../../../src/views/shell/DataProblemsPanel';
import { LoadErrorScreen } from '../../../src/views/shell/LoadErrorScreen';
import { PanelErrorBoundary } from '../../../src/views/shell/PanelErrorBoundary';
import { PanelLoading } from '../../../src/views/shell/PanelLoading';
import { realDataset } from '../../real-dataset';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module /assets/MapView.js');
}

const loaded = (problems: LoadedDataset['problems']): LoadedDataset => ({ dataset: realDataset(), problems, deck: null });

const PROBLEMS: LoadedDataset['problems'] = [
  { file: '/data/initiatives.json', recordId: 'x', field: 'sectors.0', message: '"nope" is not a sector in sectors.json', code: 'unknownSector', values: { id: 'nope', list: 'sectors.json' } },
  { file: '/data/initiatives.json', recordId: 'y', field: 'date.value', message: 'Invalid input: expected string, received number' },
];

afterEach(() => showLocale('en'));

describe('the shell in Chinese', () => {
  it('says which panel failed and that the rest still works', async () => {
    await showLocale('zh');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PanelErrorBoundary panel="map">
        <Broken />
      </PanelErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('无法显示地图。');
    expect(alert).toHaveTextContent('仪表板的其他部分仍可正常使用。');
    // The error's own words stay as thrown, marked as English.
    expect(within(alert).getByText(/Failed to fetch/)).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: '重新加载页面' })).toBeInTheDocument();
    quiet.mockRestore();
  });

  it('says a panel is loading', async () => {
    await showLocale('zh');
    render(<PanelLoading name="timeline" />);
    expect(screen.getByRole('status')).toHaveTextContent('正在加载时间轴…');
  });

  it('frames the data problems in Chinese, with coded problems worded in Chinese and the rest marked English', async () => {
    await showLocale('zh');
    window.history.replaceState(null, '', '/?lang=zh');
    render(
      <QueryClientProvider client={new QueryClient()}>
        <DashboardProvider dataset={realDataset()}>
          <DataProblemsPanel loaded={loaded(PROBLEMS)} />
        </DashboardProvider>
      </QueryClientProvider>,
    );
    const panel = screen.getByRole('region', { name: /^数据问题/ });
    expect(panel).toHaveTextContent('数据问题：2 处共 2 个问题；受影响的记录未载入');
    const [first, second] = within(panel).getAllByRole('listitem');
    expect(first).toHaveTextContent('/data/initiatives.json，记录 x，字段 sectors.0：“nope”不是 sectors.json 中的领域');
    expect(second).toHaveTextContent('记录 y，字段 date.value：');
    expect(within(second!).getByText(/^Invalid input/)).toHaveAttribute('lang', 'en');
    window.history.replaceState(null, '', '/');
  });

  it('words a load error in Chinese', async () => {
    await showLocale('zh');
    const error = new DatasetLoadError('/data/manifest.json answered 503 Service Unavailable', '/data/manifest.json', 'status', { status: '503 Service Unavailable' });
    render(<LoadErrorScreen error={error} onRetry={() => {}} retrying={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent('/data/manifest.json 返回 503 Service Unavailable');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});

describe('the shell in English', () => {
  it('keeps the data problems panel and load errors as they were worded', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <DashboardProvider dataset={realDataset()}>
          <DataProblemsPanel loaded={loaded(PROBLEMS)} />
        </DashboardProvider>
      </QueryClientProvider>,
    );
    const panel = screen.getByRole('region', { name: /^Data problems/ });
    expect(panel).toHaveTextContent('Data problems: 2 in 2 places; the records affected are left out');
    expect(within(panel).getAllByRole('listitem')[0]).toHaveTextContent('/data/initiatives.json record x field sectors.0: "nope" is not a sector in sectors.json');
    const error = new DatasetLoadError('/data/manifest.json answered 503 Service Unavailable', '/data/manifest.json', 'status', { status: '503 Service Unavailable' });
    render(<LoadErrorScreen error={error} onRetry={() => {}} retrying={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent('/data/manifest.json answered 503 Service Unavailable');
  });
});
