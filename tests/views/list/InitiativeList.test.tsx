import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { showLocale } from '../../../src/i18n/i18n';
import { DashboardProvider } from '../../../src/store/DashboardProvider';
import { InitiativeList } from '../../../src/views/list/InitiativeList';
import { realDataset } from '../../real-dataset';

function renderList(url = '/') {
  window.history.replaceState(null, '', url);
  return render(
    <DashboardProvider dataset={realDataset()}>
      <InitiativeList />
    </DashboardProvider>,
  );
}

afterEach(async () => {
  await showLocale('en');
  window.history.replaceState(null, '', '/');
});

describe('InitiativeList', () => {
  it('lists each initiative with its date in the one English form, its places and partners', () => {
    renderList();
    const list = screen.getByRole('region', { name: 'Initiatives' });
    const danfoss = within(list).getByRole('button', { name: /^Danfoss cooperation agreement/ });
    expect(danfoss).toHaveTextContent('30 Nov 2020 · ');
    expect(danfoss).toHaveTextContent('Danfoss');
    expect(within(list).getByRole('button', { name: /^CECEP and CATL/ })).toHaveTextContent('25 Feb 2025 (inferred)');
    expect(within(list).getByRole('button', { name: /^Schneider Electric memorandum/ })).toHaveTextContent('date unknown');
    expect(list.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads Chinese: titles marked as the curator’s translation, Chinese dates, places and partners', async () => {
    await showLocale('zh');
    renderList('/?lang=zh');
    const list = screen.getByRole('region', { name: '举措列表' });
    const danfoss = within(list).getByRole('button', { name: /^丹佛斯与湖州市吴兴区/ });
    expect(within(danfoss).getByText(/^丹佛斯与湖州市吴兴区/)).toHaveAttribute('lang', 'zh-CN');
    expect(within(danfoss).getByText('译文')).toBeInTheDocument();
    expect(danfoss).toHaveTextContent('2020年11月30日');
    expect(danfoss).toHaveTextContent('吴兴区');
    expect(within(list).getByRole('button', { name: /^中国节能与宁德时代/ })).toHaveTextContent('2025年2月25日（推断）');
    expect(within(list).getByRole('button', { name: /^中国节能与宁德时代/ })).toHaveTextContent('中国节能、宁德时代');
    expect(within(list).getByRole('button', { name: /^施耐德电气与苏州/ })).toHaveTextContent('日期不详');
    // No English word left but abbreviations (CQC) in the data's Chinese.
    expect(list.textContent!.replace(/\bCQC\b/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('says when nothing matches, in Chinese', async () => {
    await showLocale('zh');
    renderList('/?lang=zh&status=completed&instrument=memorandum&sector=energy-storage');
    expect(screen.getByText('没有符合筛选条件的举措。请移除上方的筛选条件以查看更多。')).toBeInTheDocument();
  });
});
