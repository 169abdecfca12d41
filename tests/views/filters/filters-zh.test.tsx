import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { showLocale } from '../../../src/i18n/i18n';
import { toggleFilterValue, type ListField } from '../../../src/filters/filters';
import { DashboardProvider } from '../../../src/store/DashboardProvider';
import { useControls } from '../../../src/store/use-controls';
import { usePanel } from '../../../src/store/use-panel';
import { FilterChips } from '../../../src/views/filters/FilterChips';
import { filterOptionsFor } from '../../../src/views/filters/filter-options';
import { MultiSelectFilter } from '../../../src/views/filters/MultiSelectFilter';
import { UrlNotices } from '../../../src/views/shell/UrlNotices';
import { realDataset } from '../../real-dataset';

/** The pickers and chips as the filter bar puts them together (the bar itself adds the search box). */
function Pickers({ fields }: { fields: ListField[] }) {
  const { dataset, index, filters, updateFilters } = useControls();
  const { rowsExcept } = usePanel();
  return (
    <>
      <UrlNotices />
      {fields.map((field) => (
        <MultiSelectFilter
          key={field}
          field={field}
          loadOptions={() => filterOptionsFor(dataset, index, field, rowsExcept([field]))}
          selected={filters[field] as string[]}
          onToggle={(value) => updateFilters((f) => toggleFilterValue(f, field, value as never))}
        />
      ))}
      <FilterChips />
    </>
  );
}

function renderPickers(url: string, fields: ListField[] = ['sectors', 'partners', 'partnerKinds', 'places', 'statuses', 'instruments']) {
  window.history.replaceState(null, '', url);
  return render(
    <DashboardProvider dataset={realDataset()}>
      <Pickers fields={fields} />
    </DashboardProvider>,
  );
}

/** Words of two Latin letters or more: none may be left in Chinese interface text. */
const ENGLISH_WORD = /[A-Za-z]{2,}/;

afterEach(async () => {
  await showLocale('en');
  window.history.replaceState(null, '', '/');
});

describe('filter pickers and chips in Chinese', () => {
  it('name each picker, its options and the provincial-level heading in Chinese', async () => {
    await showLocale('zh');
    const user = userEvent.setup();
    renderPickers('/?lang=zh');
    const names = ['领域', '合作方', '机构类型', '地点', '状态', '合作形式'];
    for (const name of names) expect(screen.getByRole('button', { name })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '地点' }));
    const places = screen.getByRole('group', { name: '地点筛选' });
    expect(within(places).getByText('省级行政区')).toBeInTheDocument();
    expect(within(places).getByRole('checkbox', { name: /^江苏省/ })).toBeInTheDocument();
    expect(within(places).getByRole('checkbox', { name: /^苏州市（江苏省）/ })).toBeInTheDocument();
    expect(places.textContent).not.toMatch(ENGLISH_WORD);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: '状态' }));
    const statuses = screen.getByRole('group', { name: '状态筛选' });
    await user.click(within(statuses).getByRole('checkbox', { name: /^已签署/ }));
    expect(screen.getByRole('button', { name: '状态（1）' })).toBeInTheDocument();
    expect(statuses.textContent).not.toMatch(ENGLISH_WORD);
  });

  it('word the chips, their remove buttons and Clear all in Chinese', async () => {
    await showLocale('zh');
    const user = userEvent.setup();
    renderPickers('/?lang=zh&place=320500&status=signed&from=2021-01-01&to=2021-12-31', ['places']);
    const chips = screen.getByRole('list', { name: '当前筛选条件' });
    expect(within(chips).getByText('日期：2021年1月1日至2021年12月31日（未注明日期的举措不计入）')).toBeInTheDocument();
    expect(within(chips).getByText('地点：苏州市')).toBeInTheDocument();
    expect(within(chips).getByText('状态：已签署')).toBeInTheDocument();
    expect(chips.textContent).not.toMatch(ENGLISH_WORD);
    await user.click(within(chips).getByRole('button', { name: '移除筛选条件“状态：已签署”' }));
    expect(within(chips).queryByText('状态：已签署')).toBeNull();
    await user.click(within(chips).getByRole('button', { name: '全部清除' }));
    expect(screen.getByText('未设筛选条件：显示全部。')).toBeInTheDocument();
  });

  it('say in Chinese which link values were dropped and why', async () => {
    await showLocale('zh');
    renderPickers('/?lang=zh&sector=no-such-sector&status=flying', ['sectors']);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('链接中的部分设置已忽略：');
    // A status is a term of the dataset's vocabulary: read by its form, then checked against the dataset.
    expect(notice).toHaveTextContent('status=flying（本数据集中没有状态“flying”）');
    expect(notice).toHaveTextContent('sector=no-such-sector（本数据集中没有领域“no-such-sector”）');
    expect(within(notice).getByRole('button', { name: '关闭' })).toBeInTheDocument();
  });
});

describe('filter pickers and chips in English', () => {
  it('keep their English words, with places named by their kind', async () => {
    const user = userEvent.setup();
    renderPickers('/?place=320500&kind=university', ['places']);
    await user.click(screen.getByRole('button', { name: /^Place ?\(1\)$/ }));
    const places = screen.getByRole('group', { name: 'Place filter' });
    expect(within(places).getByText('Provincial-level units')).toBeInTheDocument();
    expect(within(places).getByRole('checkbox', { name: /^Jiangsu \(province\) ?\d+$/ })).toBeInTheDocument();
    expect(within(places).getByRole('checkbox', { name: /^Suzhou, Jiangsu ?\d+$/ })).toBeChecked();
    expect(places.textContent).not.toMatch(/[\u4e00-\u9fff]/);
    // The find box knows the Chinese names too.
    const find = within(places).queryByRole('searchbox', { name: 'Find a place' });
    if (find) {
      await user.type(find, '苏州');
      expect(within(places).getByRole('checkbox', { name: /^Suzhou, Jiangsu/ })).toBeInTheDocument();
    }
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getByText('Place: Suzhou, Jiangsu')).toBeInTheDocument();
    expect(within(chips).getByRole('button', { name: 'Remove filter Partner kind: University' })).toBeInTheDocument();
  });
});
