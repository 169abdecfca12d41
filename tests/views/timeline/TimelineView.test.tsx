import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { showLocale } from '../../../src/i18n/i18n';
import { loadPanelModules, renderApp, waitForPanels } from '../../render-app';
import { realDataset } from '../../real-dataset';

async function timeline() {
  expect(await screen.findByText(/Showing/)).toHaveTextContent('Showing 6 of 6 initiatives');
  await waitForPanels();
  return screen.getByRole('region', { name: 'Timeline' });
}
const count = () => screen.getByText(/Showing/);

// Each test renders the whole app and types like a person: slower than a unit test in jsdom (the first, cold, up
// to 20 s on a busy machine).
describe('TimelineView', { timeout: 30_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('brushes the date range from the keyboard and the header count follows', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    const start = within(region).getByRole('slider', { name: 'Start of the date range' });
    const end = within(region).getByRole('slider', { name: 'End of the date range' });
    start.focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    // From Jan 1, 2021: Danfoss (Nov 2020) and the undated Schneider MoU drop out.
    expect(count()).toHaveTextContent('Showing 4 of 6 initiatives');
    expect(start).toHaveAttribute('aria-valuetext', '1 Jan 2021');
    end.focus();
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(count()).toHaveTextContent('Showing 2 of 6 initiatives');
    expect(window.location.search).toBe('?from=2021-01-01&to=2022-12-31');
    expect(within(region).getByLabelText('From', { exact: true })).toHaveValue('2021-01-01');
    // The timeline still draws 2020 and 2025 (its own clause is skipped), greyed.
    expect(within(region).getByRole('button', { name: /^CECEP and CATL .*Energy storage$/ })).toHaveClass('dimmed');

    await user.click(within(region).getByRole('button', { name: 'Clear dates' }));
    expect(count()).toHaveTextContent('Showing 6 of 6 initiatives');
    expect(start).toHaveAttribute('aria-valuetext', 'no start limit');
  });

  it('takes a range typed in the date fields in ISO form on Enter, and refuses a day the month does not have', async () => {
    const user = userEvent.setup();
    renderApp('/?selected=siemens-china-zero-carbon-pioneer-program');
    const region = await timeline();
    const to = within(region).getByLabelText('To', { exact: true });
    await user.type(to, '2021-02-30');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('Not a date: Feb 2021 has 28 days.');
    await user.keyboard('{Enter}');
    expect(count()).toHaveTextContent('Showing 6 of 6 initiatives');
    await user.clear(to);
    await user.type(to, '2021-09-15');
    expect(to).toHaveAttribute('aria-invalid', 'false');
    expect(count()).toHaveTextContent('Showing 6 of 6 initiatives');
    await user.keyboard('{Enter}');
    expect(count()).toHaveTextContent('Showing 2 of 6 initiatives');
    expect(window.location.search).toContain('to=2021-09-15');
    // A year stands for its first day at the start, taken when focus leaves the field.
    const from = within(region).getByLabelText('From', { exact: true });
    await user.type(from, '2021');
    await user.tab();
    expect(from).toHaveValue('2021-01-01');
    expect(window.location.search).toContain('from=2021-01-01&to=2021-09-15');
  });

  it('selects an initiative with Enter and shows the selection on the timeline', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    const marks = within(region).getAllByRole('button', { name: /Siemens China Zero Carbon Pioneer Program, Sept? 2021 \(inferred\), dated to the month/ });
    expect(marks.map((m) => m.getAttribute('aria-label')!.split('; ')[1])).toEqual(['Digitalisation', 'Industrial decarbonisation']);
    marks[0]!.focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?selected=siemens-china-zero-carbon-pioneer-program');
    for (const mark of marks) expect(mark).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves between marks in time order with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    const first = within(region).getAllByRole('button', { name: /^Danfoss/ })[0]!;
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^CECEP and CATL strategic cooperation agreement on energy storage, 25 Feb 2025/);
    await user.keyboard('{Home}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^Danfoss/);
    expect(within(region).getByRole('tooltip')).toHaveTextContent('30 Nov 2020 · dated to the day');
  });

  it('lists the undated initiatives in their own lane and selects one from there', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    await user.click(within(region).getByRole('button', { name: /Undated 1 initiative with no known date/ }));
    await user.click(within(region).getByRole('button', { name: 'Schneider Electric memorandum of cooperation with two Suzhou parks' }));
    expect(window.location.search).toBe('?selected=schneider-electric-suzhou-parks-mou');
  });

  it('regroups the lanes by another attribute', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    await user.selectOptions(within(region).getByLabelText('Lanes'), 'status');
    expect(within(region).getByRole('button', { name: /^Siemens .*; Launched$/ })).toBeInTheDocument();
    expect(within(region).getByText(/5 dated initiatives in 3 status lanes/)).toBeInTheDocument();
  });

  it('steps the playhead so initiatives appear cumulatively, and shows everything again on request', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await timeline();
    await user.selectOptions(within(region).getByLabelText('Speed'), 'year');
    await user.click(within(region).getByRole('button', { name: 'Step forward' }));
    expect(count()).toHaveTextContent('Showing 1 of 6 initiatives');
    expect(within(region).getByText('Playback: up to Dec 2020')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Step forward' }));
    expect(count()).toHaveTextContent('Showing 3 of 6 initiatives');
    expect(within(region).queryAllByRole('button', { name: /^CECEP/ })).toHaveLength(0);
    await user.click(within(region).getByRole('button', { name: 'Show all dates' }));
    expect(count()).toHaveTextContent('Showing 6 of 6 initiatives');
    expect(within(region).getAllByRole('button', { name: /^CECEP/ }).length).toBeGreaterThan(0);
  });

  describe('in Chinese', () => {
    afterEach(() => showLocale('en'));

    /** The timeline panel once it has loaded in Chinese (whatever the rest of the app reads). */
    async function chineseTimeline() {
      await showLocale('zh');
      renderApp();
      const heading = await screen.findByRole('heading', { name: '时间轴', level: 2 }, { timeout: 15_000 });
      const panel = heading.closest<HTMLElement>('.timeline-panel')!;
      await waitFor(() => expect(panel.querySelector('.tl-year')).not.toBeNull());
      return panel;
    }

    /** English words a Chinese reader would have to read: the initiatives' English titles (a fallback, marked lang="en") and abbreviations aside. */
    function englishWords(text: string): string[] {
      let rest = text;
      for (const initiative of realDataset().initiatives) rest = rest.split(initiative.title).join(' ');
      return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !/^(ESG|CATL|CECEP|CQC|Enter|Shift)$/.test(word));
    }

    function shownText(panel: HTMLElement): string {
      const copy = panel.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('[lang="en"]')) el.remove();
      const attributes = [...copy.querySelectorAll('[aria-label], [title], [aria-valuetext]')].flatMap((el) =>
        ['aria-label', 'title', 'aria-valuetext'].map((name) => el.getAttribute(name) ?? ''),
      );
      return [copy.textContent ?? '', ...attributes].join(' ');
    }

    it('reads Chinese: heading, summary, lanes, axis, legend, brush and playback controls', async () => {
      const panel = await chineseTimeline();
      const view = within(panel);
      expect(panel.querySelector('.tl-summary')).toHaveTextContent(
        '2020年至2025年共有5项有日期的举措，按领域分为12组；另有1项未注明日期。涉及多个领域的举措在各相应组中均有显示。',
      );
      expect([...panel.querySelectorAll('.tl-year')].map((y) => y.textContent)).toEqual(['2020年', '2021年', '2022年', '2023年', '2024年', '2025年']);
      expect([...panel.querySelectorAll('.tl-lane-label')].map((l) => l.querySelector('title')!.textContent)).toContain('储能');
      expect(view.getByRole('list', { name: '图例' })).toHaveTextContent('圆点：精确到日横条：精确到月或年，覆盖该时段空心：推断日期');
      expect(view.getByRole('group', { name: '日期范围' })).toHaveTextContent('起始日期截止日期快捷选择 ▾清除日期');
      expect(view.getByRole('slider', { name: '日期范围起点' })).toHaveAttribute('aria-valuetext', '不限起始日期');
      const playback = view.getByRole('group', { name: '播放控制' });
      expect(within(playback).getAllByRole('button').map((b) => b.textContent!.trim())).toEqual(['后退一步', '播放', '前进一步']);
      expect(within(playback).getAllByRole('option').map((o) => o.textContent)).toEqual(['每步1个月', '每步3个月', '每步1年']);
      expect(view.getAllByRole('option', { name: /^按/ }).map((o) => o.textContent)).toEqual(['按领域', '按状态', '按机构类型', '按合作形式']);
      expect(view.getByRole('button', { name: /^未注明日期/ })).toHaveTextContent('未注明日期 1项举措日期不详 展开列表');
      expect(view.getByText(/^在时间轴上横向拖动/)).toBeInTheDocument();
      expect(englishWords(shownText(panel))).toEqual([]);
    });

    it('names the marks, the tooltip and the brush dates in Chinese', async () => {
      const user = userEvent.setup();
      const panel = await chineseTimeline();
      const view = within(panel);
      const siemens = view.getAllByRole('button', { name: /2021年9月（推断），精确到月；/ });
      expect(siemens.map((m) => m.getAttribute('aria-label')!.split('；')[1])).toEqual(['数字化转型', '工业低碳化']);
      expect(view.getByRole('group', { name: '时间轴上的举措，每个领域一组：使用方向键逐一移动，按Enter键打开' })).toBeInTheDocument();

      act(() => siemens[0]!.focus());
      const tip = view.getByRole('tooltip');
      expect(tip).toHaveTextContent('2021年9月（推断），精确到月');
      expect(tip).toHaveTextContent('推断依据：');
      expect(tip).toHaveTextContent('所在组：数字化转型；单击或按Enter键打开');
      // The reason for the inferred date in the curator's Chinese, marked as Chinese.
      expect(tip.querySelector('.tl-tip-note [lang="zh-CN"]')).toHaveTextContent(/[\u4e00-\u9fff]/);
      expect(englishWords(shownText(tip))).toEqual([]);

      const start = view.getByRole('slider', { name: '日期范围起点' });
      start.focus();
      await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
      expect(start).toHaveAttribute('aria-valuetext', '2021年1月1日');
      expect(start).toHaveAttribute('title', '日期范围起点：2021年1月1日。可拖动，或使用方向键调整（按住Shift键：每次一年）。');
      expect(view.getByRole('list', { name: '图例' })).toHaveTextContent('浅灰：不在日期范围内');
      expect(panel.querySelector('.tl-undated-note')).toHaveTextContent('设定日期范围后不包括在内。');
    });

    it('plays back in Chinese, and the summary table counts per year in Chinese', async () => {
      const user = userEvent.setup();
      const panel = await chineseTimeline();
      const view = within(panel);
      await user.selectOptions(view.getByLabelText('速度'), 'year');
      await user.click(view.getByRole('button', { name: '前进一步' }));
      expect(view.getByRole('status')).toHaveTextContent('播放：截至2020年12月');
      expect(panel.querySelector('.tl-playhead-label')).toHaveTextContent('截至2020年12月');
      expect(view.getByRole('button', { name: '显示全部日期' })).toBeInTheDocument();
      expect(panel.querySelector('.tl-undated-note')).toHaveTextContent('播放期间不显示：这些举措没有可供显示的日期。');

      await user.click(view.getByText('表格：按领域和年份统计的举措数'));
      const table = view.getByRole('table');
      expect(table.querySelector('caption')).toHaveTextContent('按领域和年份统计的有日期举措数，截至2020年12月；涉及多个领域的举措在各组中分别计数');
      expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['领域', '2020年']);
      expect(within(table).getByRole('row', { name: /^可再生能源/ })).toHaveTextContent('可再生能源1');
      expect(englishWords(shownText(panel))).toEqual([]);

      await user.click(view.getByRole('button', { name: '显示全部日期' }));
      await user.click(view.getByRole('button', { name: '播放' }));
      expect(view.getByRole('button', { name: '暂停' })).toBeInTheDocument();
      await user.click(view.getByRole('button', { name: '暂停' }));
    });

    it('lists the undated initiatives by their Chinese titles, marked as translations', async () => {
      const user = userEvent.setup();
      const panel = await chineseTimeline();
      const view = within(panel);
      await user.click(view.getByRole('button', { name: /^未注明日期/ }));
      const list = view.getByRole('list', { name: '未注明日期的举措' });
      const schneider = realDataset().initiatives.find((i) => i.id === 'schneider-electric-suzhou-parks-mou')!;
      const item = within(list).getByRole('button');
      if (schneider.translations?.zh) {
        expect(item).toHaveTextContent(`${schneider.translations.zh.title} 译文`);
        expect(item.querySelector('[lang]')).toBeNull();
      } else {
        // Not yet translated: the English title, marked as English.
        expect(item.querySelector('[lang="en"]')).toHaveTextContent(schneider.title);
      }
      expect(view.getByRole('button', { name: /^未注明日期/ })).toHaveTextContent('收起列表');
    });
  });

  describe('while presenting', () => {
    afterEach(() => {
      document.documentElement.className = '';
      document.documentElement.style.fontSize = '';
    });

    it('draws lane labels, year labels and marks at the projector theme\'s scale, and back at the screen\'s after', async () => {
      const user = userEvent.setup();
      // What projector.css gives a 1080-line screen (jsdom loads no stylesheets).
      // 1rem of 22.68px is the smallest text on a slide: the labels are that size, rounded up.
      document.documentElement.style.fontSize = '22.68px';
      renderApp('/?present=curated&scene=2');
      const region = await screen.findByRole('region', { name: 'Timeline' });
      const laneLabel = () => region.querySelector<SVGTextElement>('.tl-lane-label')!;
      const swatch = () => region.querySelector<SVGRectElement>('.tl-swatch')!;
      await waitFor(() => expect(laneLabel().style.fontSize).toBe('23px'));
      expect(region.querySelector<SVGTextElement>('.tl-year')!.style.fontSize).toBe('23px');
      expect(Number(swatch().getAttribute('width'))).toBeCloseTo(10 * 1.512);
      // jsdom's ResizeObserver stub gives the plot 400px: twelve lanes do not fit at 1.5 times, so
      // lanes and marks shrink to fit, down to their screen size (the labels stay large).
      const point = region.querySelector<SVGCircleElement>('.tl-mark circle:not(.tl-focus-ring)')!;
      expect(Number(point.getAttribute('r'))).toBeCloseTo(5);

      await user.keyboard('{Escape}');
      await waitFor(() => expect(laneLabel().style.fontSize).toBe('13px'));
      expect(Number(swatch().getAttribute('width'))).toBe(10);
    });
  });
});
