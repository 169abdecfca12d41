import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { showLocale } from '../../../src/i18n/i18n';
import { server } from '../../msw/server';
import { loadPanelModules, renderApp } from '../../render-app';
import { realDataset } from '../../real-dataset';
import { overlayInitiative, overlayOrganisation, ZH } from './chinese-fixture';

/** Serves data/ with the fixed Chinese of chinese-fixture.ts over it (or, with `strip`, with no Chinese at all). */
function serveData(change: { initiative(record: Record<string, unknown>): unknown; organisation(record: Record<string, unknown>): unknown }) {
  const initiatives = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Array<Record<string, unknown>> };
  const organisations = JSON.parse(readFileSync('data/organisations.json', 'utf8')) as { organisations: Array<Record<string, unknown>> };
  server.use(
    http.get('*/data/initiatives.json', () => HttpResponse.json({ ...initiatives, initiatives: initiatives.initiatives.map(change.initiative) })),
    http.get('*/data/organisations.json', () => HttpResponse.json({ ...organisations, organisations: organisations.organisations.map(change.organisation) })),
  );
}
const withChinese = () => serveData({ initiative: (r) => overlayInitiative(r as { id: string }), organisation: (r) => overlayOrganisation(r as { id: string }) });

async function details(name: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 2, name }, { timeout: 15_000 });
  return heading.closest('section')!;
}

/** The text a Chinese reader reads in an element: without the parts marked as another language, with its labels and titles. */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('[lang]:not([lang^="zh"])')) el.remove();
  const attributes = [...copy.querySelectorAll('[aria-label], [title]')].flatMap((el) => ['aria-label', 'title'].map((name) => el.getAttribute(name) ?? ''));
  return [copy.textContent ?? '', ...attributes].join(' ');
}
const englishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !/^(CATL|CECEP|CICPMC|CQC|ESG|ISO|GB|T)$/.test(word));

describe('DetailsPanel', { timeout: 30_000 }, () => {
  beforeAll(loadPanelModules, 30_000);

  it('shows an initiative in English: dates in the one form, places, quotes with their translation one click away', async () => {
    const user = userEvent.setup();
    renderApp('/?selected=cecep-catl-energy-storage-agreement');
    const panel = await details('CECEP and CATL strategic cooperation agreement on energy storage');
    expect(panel).toHaveTextContent('25 Feb 2025 · precise to the day');
    expect(within(panel).getByText('Ningde, Fujian')).toBeInTheDocument();
    expect(within(panel).getByText('Strategic cooperation agreement')).toBeInTheDocument();
    expect(panel).toHaveTextContent('Gasgoo · date unknown · Russian');
    // The Russian quote: the curator's English translation first, marked; the source's words one click away.
    const quote = within(panel).getAllByRole('listitem').find((li) => li.classList.contains('quote'))!;
    expect(quote.querySelector('blockquote')).toHaveAttribute('lang', 'en');
    expect(quote.querySelector('blockquote')).toHaveTextContent(/^“On 25 February the China Energy Conservation/);
    expect(within(quote).getByText("Curator's translation")).toHaveAttribute('title', expect.stringMatching(/not the source's words/));
    const toggle = within(quote).getByRole('button', { name: 'Show the original' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const original = within(quote).getByText(/Китайская группа по энергосбережению/, { selector: 'blockquote' });
    expect(original).toHaveAttribute('lang', 'ru');
    expect(original).not.toBeVisible();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Hide the original');
    expect(original).toBeVisible();
    expect(within(quote).getByText('Original (Russian)', { selector: '.quote-original .tag' })).toBeInTheDocument();
  });

  it('names the home country, with the Chinese name beside the English one; an English quote has no marks', async () => {
    withChinese();
    renderApp('/?selected=danfoss-wuxing-zero-carbon-agreement');
    const panel = await details(/^Danfoss cooperation agreement/);
    expect(panel).toHaveTextContent('30 Nov 2020 · precise to the day');
    expect(panel).toHaveTextContent('Wuxing District, Huzhou, Zhejiang');
    expect(panel).toHaveTextContent('Huzhou, Zhejiang 浙江省湖州市 · 30.870°N 120.093°E (gazetteer 330500)');
    const danfoss = within(panel).getByText('Danfoss', { selector: 'strong' }).closest('li')!;
    expect(danfoss).toHaveTextContent('Danfoss 丹佛斯 — Party to the agreement · Multinational company · Denmark');
    expect(within(danfoss).getByText('丹佛斯')).toHaveAttribute('lang', 'zh-CN');
    // An English source in the English interface: the quote as it is, no marks, nothing to disclose.
    const first = panel.querySelector('.quote')!;
    expect(first.querySelector('blockquote')).toHaveTextContent(/^“On November 30, 2020/);
    expect(within(first as HTMLElement).queryByRole('button')).toBeNull();
    expect(first.querySelector('.quote-marks')).toBeNull();
  });

  describe('in Chinese', () => {
    afterEach(() => showLocale('en'));

    it('shows the translated title and summary marked as the curator\'s, Chinese names and labels, and the quote\'s original beneath', async () => {
      withChinese();
      await showLocale('zh');
      const user = userEvent.setup();
      renderApp('/?selected=cecep-catl-energy-storage-agreement&lang=zh');
      const panel = await details(new RegExp(`^${ZH.cecepTitle}`));
      const heading = within(panel).getByRole('heading', { level: 2 });
      expect(within(heading).getByText(ZH.cecepTitle)).toHaveAttribute('lang', 'zh-CN');
      const mark = within(heading).getByText('译文');
      expect(mark).toHaveAttribute('title', expect.stringMatching(/编者.*译文.*并非来源原文/));
      expect(within(panel).getByText(ZH.cecepSummary)).toHaveAttribute('lang', 'zh-CN');
      expect(panel).toHaveTextContent('合作形式战略合作协议');
      expect(panel).toHaveTextContent('状态已签署');
      expect(panel).toHaveTextContent('2025年2月25日 · 精确到日推断');
      expect(panel).toHaveTextContent('储能');
      // Parties by their full official Chinese names, with role and kind.
      expect(within(panel).getByText(ZH.cecep.nameZh, { selector: 'strong' })).toHaveAttribute('lang', 'zh-CN');
      expect(within(panel).getByText(ZH.catl.nameZh, { selector: 'strong' }).closest('li')).toHaveTextContent(`${ZH.catl.nameZh}——签约方 · 民营企业 · 中国 · 推断：机构类型、总部所在国`);
      expect(within(panel).getByText('福建省宁德市', { selector: 'strong' })).toBeInTheDocument();
      expect(panel).toHaveTextContent('北纬26.662°，东经119.523°（地名录编号350900）');
      expect(panel).toHaveTextContent('Gasgoo · 日期不详 · 俄文');
      expect(within(panel).getByRole('heading', { name: '来源' })).toBeInTheDocument();

      // The quote in Chinese first, marked as the curator's translation; the Russian original one click away.
      const quote = panel.querySelector('.quote') as HTMLElement;
      const primary = quote.querySelector('blockquote')!;
      expect(primary).toHaveAttribute('lang', 'zh-CN');
      expect(primary).toHaveTextContent(ZH.cecepQuote);
      expect(within(quote).getByText('编者译文')).toBeInTheDocument();
      const toggle = within(quote).getByRole('button', { name: '显示原文' });
      await user.click(toggle);
      const original = within(quote).getByText(/Китайская группа/, { selector: 'blockquote' });
      expect(original).toBeVisible();
      expect(original).toHaveAttribute('lang', 'ru');
      expect(within(quote).getByText('原文（俄文）', { selector: '.quote-original .tag' })).toBeInTheDocument();
      expect(within(quote).getByRole('button', { name: '隐藏原文' })).toHaveAttribute('aria-expanded', 'true');
      expect(quote).toHaveTextContent(/佐证：标题、合作形式/);

      expect(englishWords(shownText(panel))).toEqual([]);
    });

    it('gives people\'s titles and roles in Chinese when translated, names as given', async () => {
      withChinese();
      await showLocale('zh');
      renderApp('/?selected=danfoss-wuxing-zero-carbon-agreement&lang=zh');
      const panel = await details(/丹佛斯|Danfoss/);
      const wu = within(panel).getByText('Wu Bingfang').closest('li')!;
      expect(within(wu).getByText('Wu Bingfang')).toHaveAttribute('lang', 'en');
      expect(wu).toHaveTextContent(`Wu Bingfang，${ZH.wuTitle}——${ZH.wuRole}译文`);
      expect(within(wu).getByText(ZH.wuTitle)).toHaveAttribute('lang', 'zh-CN');
      expect(panel).toHaveTextContent('浙江省湖州市吴兴区');
      expect(panel).toHaveTextContent('2020年11月30日 · 精确到日');
      expect(within(panel).getByText(ZH.danfoss.nameZh, { selector: 'strong' })).toBeInTheDocument();
    });

    it('shows English text for want of a translation, marked and tagged lang="en"', async () => {
      const strip = (record: Record<string, unknown>) => {
        const copy = structuredClone(record) as Record<string, unknown> & { places?: Array<Record<string, unknown>>; people?: Array<Record<string, unknown>>; sources?: Array<{ quotes: Array<{ translations?: Record<string, string> }> }> };
        delete copy.translations;
        delete copy.nameZh;
        delete copy.shortNameZh;
        for (const p of copy.places ?? []) delete p.nameZh;
        for (const p of copy.people ?? []) delete p.translations;
        for (const s of copy.sources ?? []) for (const q of s.quotes) delete q.translations?.zh;
        return copy;
      };
      serveData({ initiative: strip, organisation: strip });
      await showLocale('zh');
      renderApp('/?selected=danfoss-wuxing-zero-carbon-agreement&lang=zh');
      const english = realDataset().initiatives.find((i) => i.id === 'danfoss-wuxing-zero-carbon-agreement')!;
      const panel = await details(new RegExp(`^${english.title.slice(0, 20)}`));
      const heading = within(panel).getByRole('heading', { level: 2 });
      expect(within(heading).getByText(english.title)).toHaveAttribute('lang', 'en');
      expect(within(heading).getByText('英文')).toHaveAttribute('title', '尚无中文译文，以英文显示');
      expect(within(panel).getByText('Danfoss', { selector: 'strong' })).toHaveAttribute('lang', 'en');
      // The place by the gazetteer's Chinese name, the source's English name beside it.
      expect(within(panel).getByText('浙江省湖州市', { selector: 'strong' })).toBeInTheDocument();
      expect(within(panel).getByText('Wuxing District, Huzhou', { selector: '.other-name' })).toHaveAttribute('lang', 'en');
      // The English source's words, marked as the original, in English.
      const quote = panel.querySelector('.quote') as HTMLElement;
      expect(quote.querySelector('blockquote')).toHaveAttribute('lang', 'en');
      expect(within(quote).getByText('原文（英文）')).toBeInTheDocument();
      expect(within(quote).queryByRole('button')).toBeNull();
      await waitFor(() => expect(englishWords(shownText(panel))).toEqual([]));
    });

    it('says there is nothing selected, in Chinese', async () => {
      await showLocale('zh');
      renderApp('/?lang=zh');
      const region = await screen.findByRole('region', { name: '详情' }, { timeout: 15_000 });
      expect(region).toHaveTextContent('在列表或地图中选择一项举措，即可查看其合作方、地点、人员和来源。');
    });
  });
});
