import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { toTourCard } from '../../../src/present/deck/tour-card';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const byId = (id: string) => dataset.initiatives.find((i) => i.id === id)!;
const english = createFormatter('en', i18n.getFixedT('en'));
const card = (id: string, format = english) => toTourCard(dataset, byId(id), format);

describe(toTourCard, () => {
  it('gives title, partners with roles, the date with its precision, the place, and the quote that states the agreement', () => {
    expect(card('danfoss-wuxing-zero-carbon-agreement')).toEqual({
      title: { text: 'Danfoss cooperation agreement with Wuxing District, Huzhou, for its zero-carbon emission initiative', lang: 'en', translated: false, fallback: false },
      partners: [
        { name: 'Wuxing District, Huzhou (District Party Committee)', role: 'Party to the agreement', lang: null },
        { name: 'Danfoss', role: 'Party to the agreement', lang: null },
        { name: 'CICPMC', role: 'Facilitator', lang: null },
      ],
      date: '30 Nov 2020',
      precision: 'to the day',
      dateReason: null,
      places: expect.stringMatching(/^Wuxing District, Huzhou/),
      quote: {
        primary: { text: 'Secretary Wu also reached a cooperation agreement with Danfoss to promote the zero-carbon emission initiative of Wuxing District.', lang: 'en', translated: false, fallback: false },
        original: null,
        sourceLanguage: 'en',
        source: { title: 'Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss', lang: 'en', details: 'publisher not stated · undated' },
        // The record's second quote of its first source: the one that states the agreement.
        at: { initiativeId: 'danfoss-wuxing-zero-carbon-agreement', sourceIndex: 0, quoteIndex: 1 },
      },
    });
  });

  it('shows a Russian quote in English translation first, the original beneath, and says why a date is inferred', () => {
    const cecep = card('cecep-catl-energy-storage-agreement');
    expect(cecep.date).toBe('25 Feb 2025 (inferred)');
    expect(cecep.dateReason?.text).toContain('four years in a row');
    expect(cecep.quote).toMatchObject({
      primary: { text: expect.stringMatching(/^On 25 February the China Energy Conservation/), lang: 'en', translated: true, fallback: false },
      original: { lang: 'ru', translated: false },
      sourceLanguage: 'ru',
    });
    expect(cecep.quote!.source).toEqual({ title: null, lang: 'ru', details: 'Untitled article · Gasgoo · undated' });
  });

  it('says when the source gives no date', () => {
    expect(card('schneider-electric-suzhou-parks-mou')).toMatchObject({ date: 'date unknown', precision: 'not given in the source', dateReason: expect.objectContaining({ text: expect.stringContaining('Recently') }) });
  });
});

describe('a tour card in Chinese', () => {
  let chinese = english;
  beforeAll(async () => {
    await loadLocale('zh');
    chinese = createFormatter('zh', i18n.getFixedT('zh'));
  });

  it('gives the Chinese title and names, the date and its precision in Chinese', () => {
    const initiative = byId('danfoss-wuxing-zero-carbon-agreement');
    const zh = card(initiative.id, chinese);
    const title = initiative.translations?.zh?.title;
    expect(zh.title).toEqual(title ? { text: title, lang: 'zh-CN', translated: true, fallback: false } : { text: initiative.title, lang: 'en', translated: false, fallback: true });
    expect(zh.date).toBe('2020年11月30日');
    expect(zh.precision).toBe('精确到日');
    expect(zh.partners.map((p) => p.role)).toEqual(['合作方', '合作方', '促成方']);
    for (const [i, party] of initiative.parties.entries()) {
      const org = dataset.organisations.get(party.organisation)!;
      expect(zh.partners[i]).toMatchObject({ name: org.nameZh ?? org.name, lang: org.nameZh ? null : 'en' });
    }
    expect(zh.quote!.source.details).toBe('发布方不详，未注明日期');
  });

  it('shows the quote in Chinese first, marked as a translation, with the Russian original beneath', () => {
    const initiative = byId('cecep-catl-energy-storage-agreement');
    const quote = initiative.sources[0]!.quotes.find((q) => q.supports.includes('title'))!;
    const zh = card(initiative.id, chinese);
    expect(zh.quote!.original).toEqual({ text: quote.text, lang: 'ru', translated: false, fallback: true });
    expect(zh.quote!.primary).toEqual(
      quote.translations?.zh ? { text: quote.translations.zh, lang: 'zh-CN', translated: true, fallback: false } : { text: quote.translations!.en, lang: 'en', translated: true, fallback: true },
    );
    expect(zh.date).toBe('2025年2月25日（推断）');
    expect(zh.quote!.source.details).toBe('无标题文章，Gasgoo，未注明日期');
  });
});
