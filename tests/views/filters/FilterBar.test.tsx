import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { showLocale } from '../../../src/i18n/i18n';
import { DashboardProvider } from '../../../src/store/DashboardProvider';
import { usePanel } from '../../../src/store/use-panel';
import { FilterBar } from '../../../src/views/filters/FilterBar';
import { realDataset } from '../../real-dataset';

/** The ids of the rows the panels get, to see what a query matched. */
function Rows() {
  const { rows } = usePanel();
  return <output data-testid="rows">{rows.map((row) => row.initiative.id).sort().join(' ')}</output>;
}

function renderBar(url = '/') {
  window.history.replaceState(null, '', url);
  return render(
    <DashboardProvider dataset={realDataset()}>
      <FilterBar />
      <Rows />
    </DashboardProvider>,
  );
}

const rows = () => screen.getByTestId('rows').textContent;

afterEach(() => showLocale('en'));

describe('FilterBar search', () => {
  it('finds by a typo, and offers "Did you mean" when nothing matches', async () => {
    const user = userEvent.setup();
    renderBar();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(box).toHaveAttribute('placeholder', 'Title, partner, place (EN/中文), person…');
    expect(screen.getByRole('navigation', { name: 'Filters' })).toBeInTheDocument();

    await user.type(box, 'CTAL');
    await waitFor(() => expect(rows()).toBe('catl-liaoning-fangda-zero-carbon-cluster cecep-catl-energy-storage-agreement'));
    expect(screen.queryByText(/Did you mean/)).toBeNull();

    await user.clear(box);
    await user.type(box, 'schnie');
    const status = await screen.findByText(/Did you mean/);
    expect(status).toHaveTextContent('Did you mean Schneider?');
    await waitFor(() => expect(rows()).toBe(''));
    await user.click(within(status).getByRole('button', { name: 'Schneider' }));
    expect(box).toHaveValue('Schneider');
    expect(box).toHaveFocus();
    await waitFor(() => expect(rows()).toBe('schneider-electric-suzhou-parks-mou'));
    expect(screen.queryByText(/Did you mean/)).toBeNull();
    expect(new URLSearchParams(window.location.search).get('q')).toBe('Schneider');
  });

  it('offers nothing for a word that is near nothing', async () => {
    const user = userEvent.setup();
    renderBar();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'banana');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('banana'));
    await waitFor(() => expect(rows()).toBe(''));
    expect(screen.queryByText(/Preparing search/)).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'Filters' })).getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('FilterBar search in Chinese', () => {
  it('reads Chinese, finds Chinese names, and offers 您是不是要找 with the Chinese name', async () => {
    await showLocale('zh');
    const user = userEvent.setup();
    renderBar('/?lang=zh');
    const box = screen.getByRole('searchbox', { name: '搜索' });
    expect(box).toHaveAttribute('placeholder', '标题、合作方、地点（中英文均可）、人物……');
    const bar = screen.getByRole('navigation', { name: '筛选' });

    await user.type(box, '吴兴');
    await waitFor(() => expect(rows()).toBe('danfoss-wuxing-zero-carbon-agreement'));

    await user.clear(box);
    await user.type(box, '宁德时大');
    const status = await screen.findByText(/您是不是要找/);
    expect(status).toHaveTextContent('您是不是要找宁德时代？');
    const button = within(status).getByRole('button', { name: '宁德时代' });
    expect(button).toHaveAttribute('lang', 'zh-CN');
    // No English words left in the bar's own text (the pickers are another area's).
    expect(within(bar).getByRole('status').textContent).not.toMatch(/[A-Za-z]/);
    await user.click(button);
    expect(box).toHaveValue('宁德时代');
    await waitFor(() => expect(rows()).toBe('catl-liaoning-fangda-zero-carbon-cluster cecep-catl-energy-storage-agreement'));
  });

  it('offers an English suggestion in the Chinese interface marked as English', async () => {
    await showLocale('zh');
    const user = userEvent.setup();
    renderBar('/?lang=zh');
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), 'schnie');
    const status = await screen.findByText(/您是不是要找/);
    expect(status).toHaveTextContent('您是不是要找Schneider？');
    expect(within(status).getByRole('button', { name: 'Schneider' })).toHaveAttribute('lang', 'en');
  });
});
