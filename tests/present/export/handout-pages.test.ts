import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/derive/apply-filters';
import { createFormatter, type Formatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { checkDeck } from '../../../src/present/deck/check-deck';
import type { Deck, Scene } from '../../../src/present/deck/deck-schema';
import { sceneFilters } from '../../../src/present/deck/scene-view';
import { MAX_SOURCES, sourceLines, toHandoutDocument, type RenderedScene } from '../../../src/present/export/handout-pages';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const deck = checkDeck(JSON.parse(readFileSync('data/deck.json', 'utf8')), dataset, 'data/deck.json').deck!;
const en = createFormatter('en', i18n.getFixedT('en'));
let zh: Formatter;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});

/** Each scene with the rows its filters leave (what the views show when it is on screen). */
const rendered = (d: Deck): RenderedScene[] => d.scenes.map((scene) => ({ scene, rows: applyFilters(index, sceneFilters(scene)) }));
const at = new Date(2025, 5, 1, 14, 3);

describe(toHandoutDocument, () => {
  it('gives every scene of the curated deck a page: counter, title, caption, key numbers, filters, sources', () => {
    const doc = toHandoutDocument(deck, rendered(deck), dataset, en, 'handout', at);
    expect(doc.pages).toHaveLength(10);
    expect(doc.title).toEqual({ text: 'Six carbon-reduction initiatives in China', lang: 'en', fallback: false });
    expect(doc.kind).toBe('Handout');
    expect(doc.credit).toBe('Source: Carbon-reduction initiatives in China (curated); every initiative is traced to an archived source text. Exported 1 Jun 2025, 14:03.');
    const [overview, , danfoss] = doc.pages;
    expect(overview).toMatchObject({
      counter: 'Scene 1 of 10',
      title: { text: 'Overview', fallback: false },
      numbers: ['Showing 6 of 6 initiatives', 'Leads with the map'],
      filters: 'Filters: none (all initiatives)',
      notes: null,
    });
    expect(overview!.caption!.text).toMatch(/^Six carbon-reduction initiatives by companies/);
    // Every initiative's sources, each once (the two CATL agreements share one).
    expect(overview!.sources).toHaveLength(new Set(dataset.initiatives.flatMap((i) => i.sources.map((s) => s.source))).size);
    expect(overview!.sources).toHaveLength(5);
    expect(danfoss).toMatchObject({
      counter: 'Scene 3 of 10',
      title: { text: 'Danfoss and Wuxing District, Huzhou' },
      numbers: ['Showing 1 of 6 initiatives', 'Selected: Danfoss cooperation agreement with Wuxing District, Huzhou, for its zero-carbon emission initiative', 'Leads with the map'],
      filters: 'Filters: Partner: Danfoss',
      sources: ['Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss, data/sources/danfoss-wuxing-visit.en.txt'],
    });
    expect(doc.pages[6]!.filters).toBe('Filters: Partners together: CATL + Liaoning Fangda Group Industrial Co., Ltd.');
  });

  it("puts each scene's notes in the presenter's copy only", () => {
    const presenter = toHandoutDocument(deck, rendered(deck), dataset, en, 'presenter', at);
    expect(presenter.kind).toBe("Presenter's copy");
    expect(presenter.pages[0]!.notes!.text).toMatch(/^Five of the six are dated/);
    const silent: Deck = { ...deck, scenes: [{ ...deck.scenes[0]!, notes: '' }] };
    expect(toHandoutDocument(silent, rendered(silent), dataset, en, 'presenter', at).pages[0]!.notes).toEqual({ text: 'No notes for this scene.', lang: 'en', fallback: false });
  });

  it('writes the pages in Chinese: the curator’s translations, Chinese filters and numbers, the Chinese credit', () => {
    const doc = toHandoutDocument(deck, rendered(deck), dataset, zh, 'presenter', at);
    expect(doc.title.text).toBe('中国六项减碳合作举措');
    expect(doc.kind).toBe('演讲者版');
    expect(doc.credit).toBe('来源：中国减碳合作举措（精选数据集）；每项举措均可追溯至一份存档的来源原文。导出时间：2025年6月1日 14:03。');
    const danfoss = doc.pages[2]!;
    expect(danfoss).toMatchObject({
      counter: '第3个场景，共10个',
      title: { text: '丹佛斯与湖州市吴兴区', lang: 'zh', fallback: false },
      filters: '筛选条件：合作方：丹佛斯',
    });
    expect(danfoss.numbers[0]).toBe('显示1项举措，共6项');
    expect(danfoss.numbers.at(-1)).toBe('主面板：地图');
    expect(danfoss.caption!.text).toMatch(/^2020年11月30日：吴兴区/);
    expect(danfoss.notes!.text).toMatch(/^代表团由吴兴区委书记/);
    expect(danfoss.sources[0]).toBe('Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss，data/sources/danfoss-wuxing-visit.en.txt');
  });

  it('marks words shown in the other language (a scene written in English, not translated)', () => {
    const english: Scene = { ...deck.scenes[0]!, translations: undefined };
    const doc = toHandoutDocument({ ...deck, scenes: [english] }, rendered({ ...deck, scenes: [english] }), dataset, zh, 'handout', at);
    expect(doc.pages[0]!.title).toEqual({ text: 'Overview', lang: 'en', fallback: true });
    expect(doc.pages[0]!.caption!.fallback).toBe(true);
  });

  it('says so when a scene shows no initiatives', () => {
    const none: Scene = { ...deck.scenes[0]!, filters: { query: 'no such words' } };
    const doc = toHandoutDocument({ ...deck, scenes: [none] }, [{ scene: none, rows: [] }], dataset, en, 'handout', at);
    expect(doc.pages[0]!.numbers[0]).toBe('Showing 0 of 6 initiatives');
    expect(doc.pages[0]!.sources).toEqual(['No sources: the scene shows no initiatives.']);
    expect(doc.pages[0]!.filters).toBe('Filters: Search: “no such words”');
  });
});

describe(sourceLines, () => {
  it('lists the selected initiative’s sources first and counts what does not fit', () => {
    const rows = index.rows;
    const catl = 'catl-liaoning-fangda-zero-carbon-cluster';
    const lines = sourceLines(rows, catl, dataset, en);
    const first = dataset.sources.get(rows.find((r) => r.initiative.id === catl)!.initiative.sources[0]!.source)!;
    expect(lines[0]).toContain(first.file);
    const many = Array.from({ length: MAX_SOURCES + 3 }, (_, i) => ({ ...rows[0]!, initiative: { ...rows[0]!.initiative, id: `x${i}`, sources: [{ source: `missing-${i}`, quotes: [] }] } }));
    const cut = sourceLines(many, null, dataset, en);
    expect(cut).toHaveLength(MAX_SOURCES + 1);
    expect(cut[0]).toBe('A source not in the dataset (missing-0)');
    expect(cut.at(-1)).toBe('…and 3 more sources');
  });
});
