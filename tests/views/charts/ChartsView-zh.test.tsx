import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/dataset';
import { showLocale } from '../../../src/i18n/i18n';
import { organisationShortName } from '../../../src/model/localised';
import { DashboardProvider } from '../../../src/store/DashboardProvider';
import { ChartsView } from '../../../src/views/charts/ChartsView';
import { realDataset } from '../../real-dataset';

/**
 * Chinese names (../shared/NAMES-ZH.md) for the organisations the data does not name in Chinese
 * yet, so the charts read Chinese with or without them; Energy Chain is left with none, as an
 * organisation still to translate.
 */
const NAMES_ZH: Record<string, [name: string, short?: string]> = {
  'schneider-electric': ['施耐德电气', '施耐德'],
  danfoss: ['丹佛斯'],
  'wuxing-district-huzhou': ['湖州市吴兴区', '吴兴区'],
  catl: ['宁德时代新能源科技股份有限公司', '宁德时代'],
  'zibo-municipal-government': ['淄博市人民政府', '淄博市政府'],
};
const UNTRANSLATED = 'energy-chain';

function chineseDataset(): Dataset {
  const base = realDataset();
  const organisations = new Map(
    [...base.organisations].map(([id, org]) => {
      if (id === UNTRANSLATED) return [id, { ...org, nameZh: undefined, shortNameZh: undefined }];
      const [nameZh, shortNameZh] = NAMES_ZH[id] ?? [];
      return [id, { ...org, nameZh: org.nameZh ?? nameZh, shortNameZh: org.shortNameZh ?? shortNameZh }];
    }),
  );
  return { ...base, organisations };
}

const dataset = chineseDataset();
const short = (id: string) => organisationShortName(dataset.organisations.get(id)!, 'zh');

async function renderCharts(url = '/?lang=zh') {
  await showLocale('zh');
  window.history.replaceState(null, '', url);
  render(
    <DashboardProvider dataset={dataset}>
      <ChartsView />
    </DashboardProvider>,
  );
  await screen.findByRole('heading', { name: '图表', level: 2 });
  const panel = document.querySelector<HTMLElement>('.charts-panel')!;
  // The charts take their snapshot one after another: wait for the last.
  await within(panel).findByRole('region', { name: '合作关系' }, { timeout: 10_000 });
  return panel;
}

const card = (panel: HTMLElement, title: string) => within(panel).getByRole('region', { name: title });

/** Words of two Latin letters or more, but for abbreviations a Chinese reader sees as they are. */
const englishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !/^(PNG|SVG|ESG|CQC)$/.test(w));

/**
 * Every text a person sees or hears in `root`: its text, and its accessible names and titles,
 * leaving out what is marked as English and the name still to translate (an accessible name
 * cannot mark part of itself).
 */
function interfaceText(root: HTMLElement): string {
  const clone = root.cloneNode(true) as HTMLElement;
  for (const node of clone.querySelectorAll('[lang="en"]')) node.remove();
  const texts: string[] = [];
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '');
  const attributes = [...clone.querySelectorAll('[aria-label], [title]')].flatMap((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']);
  return [...texts, ...attributes].join(' ').replaceAll(dataset.organisations.get(UNTRANSLATED)!.name, ' ');
}

afterEach(async () => {
  await showLocale('en');
  window.history.replaceState(null, '', '/');
});

describe('the charts in Chinese', { timeout: 30_000 }, () => {
  it('title every chart, its axes and legends in Chinese, with Chinese sector and organisation names and no English left', async () => {
    const panel = await renderCharts();
    for (const title of ['按领域统计的举措', '按合作方统计的举措', '按机构类型统计的举措', '历年举措', '合作关系']) expect(card(panel, title)).toBeInTheDocument();
    const sectors = card(panel, '按领域统计的举措');
    expect(sectors).toHaveTextContent('各领域的举措数量（共 6 项举措）');
    expect(within(sectors).getByText('数字化转型', { selector: 'text' })).toBeInTheDocument();
    expect(within(sectors).getByText('举措数量')).toBeInTheDocument();
    expect(within(sectors).getByRole('button', { name: /^储能：2 项举措。按下即可按此领域筛选$/ })).toBeInTheDocument();
    expect(within(sectors).getByRole('button', { name: '显示表格' })).toBeInTheDocument();
    expect(within(sectors).getByRole('button', { name: '下载“按领域统计的举措”PNG 图片' })).toBeInTheDocument();
    expect(sectors).toHaveTextContent('筛选条件：无。');

    const partners = card(panel, '按合作方统计的举措');
    expect(within(partners).getByText(short('catl'), { selector: 'text' })).toBeInTheDocument();
    expect(within(partners).getByRole('button', { name: `${short('catl')}（民营企业）：2 项举措。按下即可按此合作方筛选` })).toBeInTheDocument();
    expect(within(partners).getByRole('button', { name: /^其他（3 个机构）：\d+ 项举措$/ })).toHaveAttribute('aria-disabled', 'true');
    expect(within(partners).getByRole('list', { name: '机构类型' })).toHaveTextContent('跨国公司');

    const years = card(panel, '历年举措');
    expect(within(years).getByRole('toolbar', { name: '年份' })).toBeInTheDocument();
    expect(within(years).getByText('2021年', { selector: 'text' })).toBeInTheDocument();
    expect(within(years).getByRole('button', { name: /^2021年：2 项举措，其中数字化转型 2 项。按下即可筛选该年份$/ })).toBeInTheDocument();
    expect(years).toHaveTextContent('未列入图表：1 项举措未注明日期。');
    expect(within(years).getByText('举措日期所在年份')).toBeInTheDocument();

    const matrix = card(panel, '合作关系');
    expect(within(matrix).getByRole('button', { name: `${short('danfoss')}与${short('wuxing-district-huzhou')}：共同参与 1 项举措。按下即可查看这些举措` })).toBeInTheDocument();
    expect(within(matrix).getAllByRole('rowheader').map((h) => h.textContent)).toContain(short('schneider-electric'));
    expect(matrix).toHaveTextContent('企业 ↓');
    // An organisation with no Chinese name yet is shown in English, marked as English.
    expect(within(matrix).getByText(dataset.organisations.get(UNTRANSLATED)!.name).closest('[lang]')).toHaveAttribute('lang', 'en');

    expect(englishWords(interfaceText(panel))).toEqual([]);
  });

  it('shows a table with Chinese headers and rows, and filters from it', async () => {
    const user = userEvent.setup();
    const panel = await renderCharts();
    const sectors = card(panel, '按领域统计的举措');
    await user.click(within(sectors).getByRole('button', { name: '显示表格' }));
    const table = within(sectors).getByRole('table', { name: '按领域统计的举措' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['领域', '举措数量', '筛选']);
    const row = within(table).getByRole('row', { name: /数字化转型/ });
    expect(row).toHaveTextContent('数字化转型3筛选');
    await user.click(within(row).getByRole('button', { name: '按“数字化转型”筛选' }));
    // The chart keeps its context, and says what every filter keeps.
    await waitFor(() => expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['领域', '举措数量', '符合全部筛选条件', '筛选']));
    expect(sectors).toHaveTextContent('本图仅突出显示、不作筛选');

    const pairs = card(panel, '合作关系');
    await user.click(within(pairs).getByRole('button', { name: '显示表格' }));
    const pairTable = within(pairs).getByRole('table', { name: '企业与政府、园区或机构共同参与的举措' });
    expect(within(pairTable).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['企业', '政府、园区或机构', '共同参与的举措', '筛选']);
    const danfoss = within(pairTable).getAllByRole('row', { name: new RegExp(short('danfoss')) }).map((row) => row.textContent);
    expect(danfoss).toContain(`${short('danfoss')}${short('wuxing-district-huzhou')}1筛选`);

    const years = card(panel, '历年举措');
    await user.click(within(years).getByRole('button', { name: '显示表格' }));
    const yearTable = within(years).getByRole('table', { name: /^各年份举措数量/ });
    expect(within(yearTable).getByRole('rowheader', { name: '2021年' })).toBeInTheDocument();
    expect(within(yearTable).getByRole('button', { name: '按2021年筛选' })).toBeInTheDocument();
    expect(englishWords(interfaceText(panel))).toEqual([]);
  });

  it('holds a Chinese tooltip open on the bar with keyboard focus', async () => {
    const user = userEvent.setup();
    const panel = await renderCharts();
    const bars = within(card(panel, '按领域统计的举措')).getByRole('toolbar', { name: '领域' });
    // Tab into the chart, so the focus is the keyboard's.
    within(bars).getAllByRole('button')[0]!.setAttribute('data-first', '');
    while (!document.activeElement?.hasAttribute('data-first')) await user.tab();
    await user.keyboard('{ArrowDown}');
    // The second bar: its name and count, as its button reads them.
    const [, name, count] = /^(.+?)：(\d+ 项举措)。/.exec(document.activeElement!.getAttribute('aria-label')!)!;
    const tooltip = await waitFor(() => {
      const box = panel.querySelector<HTMLElement>('.chart-tooltip');
      if (!box) throw new Error('no tooltip');
      return box;
    });
    expect(tooltip).toHaveTextContent(`${name}${count}点击即可按此领域筛选`);
    expect(within(card(panel, '按领域统计的举措')).getAllByText(name!, { selector: 'text' })).toHaveLength(1);
    expect(englishWords(tooltip.textContent ?? '')).toEqual([]);
  });
});
