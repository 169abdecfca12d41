// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeckSchema } from '../../src/present/deck/deck-schema';
import { realDataset } from '../real-dataset';

const dataset = realDataset();
const deck = DeckSchema.parse(JSON.parse(readFileSync('data/deck.json', 'utf8')));
const organisations = [...dataset.organisations.values()];

/** Every Chinese text of the curated dataset and its deck, with where it is. */
function chineseTexts(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  const add = (where: string, text: string | null | undefined) => text && texts.push([where, text]);
  add('manifest.title', dataset.manifest.translations?.zh?.title);
  add('manifest.description', dataset.manifest.translations?.zh?.description);
  for (const org of organisations) {
    add(`${org.id}.nameZh`, org.nameZh);
    add(`${org.id}.shortNameZh`, org.shortNameZh);
    org.sources.forEach((ref) => ref.quotes.forEach((q, j) => add(`${org.id}.quote${j}`, q.translations?.zh)));
  }
  for (const sector of dataset.sectors.values()) add(`${sector.id}.descriptionZh`, sector.descriptionZh);
  for (const i of dataset.initiatives) {
    add(`${i.id}.title`, i.translations?.zh?.title);
    add(`${i.id}.summary`, i.translations?.zh?.summary);
    i.places.forEach((p, k) => add(`${i.id}.places.${k}`, p.nameZh));
    i.people.forEach((p) => {
      add(`${i.id}.${p.name}.title`, p.translations?.zh?.title);
      add(`${i.id}.${p.name}.role`, p.translations?.zh?.role);
    });
    i.sources.forEach((ref, r) => ref.quotes.forEach((q, j) => add(`${i.id}.sources.${r}.quotes.${j}`, q.translations?.zh)));
  }
  for (const record of [...dataset.initiatives, ...organisations]) (record.inferred ?? []).forEach((e) => add(`${record.id}.inferred.${e.field}`, e.reasonZh));
  for (const i of dataset.initiatives) {
    add(`${i.id}.date.reason`, i.date.reasonZh);
    i.places.forEach((p, k) => add(`${i.id}.places.${k}.reason`, p.reasonZh));
  }
  for (const source of dataset.sources.values()) add(`${source.id}.date.reason`, source.date.reasonZh);
  add('deck.title', deck.translations?.zh);
  for (const scene of deck.scenes) {
    const zh = scene.translations?.zh;
    add(`${scene.id}.title`, zh?.title);
    add(`${scene.id}.caption`, zh?.caption);
    add(`${scene.id}.notes`, zh?.notes);
  }
  return texts;
}

describe('the curated dataset in Chinese', () => {
  it('gives every organisation its Chinese name, marked as the curator\'s knowledge (the sources are English and Russian)', () => {
    expect(Object.fromEntries(organisations.map((o) => [o.id, [o.nameZh, o.shortNameZh ?? null]]))).toEqual({
      'schneider-electric': ['施耐德电气', '施耐德'],
      'suzhou-industrial-park-management-committee': ['苏州工业园区管理委员会', '苏州工业园区管委会'],
      'suzhou-national-high-tech-zone-management-committee': ['苏州国家高新技术产业开发区管理委员会', '苏州高新区管委会'],
      danfoss: ['丹佛斯', null],
      'wuxing-district-huzhou': ['湖州市吴兴区', '吴兴区'],
      cicpmc: ['中国国际跨国公司促进会', '跨促会'],
      cecep: ['中国节能环保集团有限公司', '中国节能'],
      catl: ['宁德时代新能源科技股份有限公司', '宁德时代'],
      'liaoning-fangda-group': ['辽宁方大集团实业有限公司', '方大集团'],
      siemens: ['西门子', null],
      'energy-chain': ['能链', null],
      'zibo-municipal-government': ['淄博市人民政府', '淄博市政府'],
      'china-quality-certification-center': ['中国质量认证中心', 'CQC'],
    });
    for (const org of organisations) {
      const marked = new Set(org.inferred?.map((i) => i.field));
      expect(marked, org.id).toContain('nameZh');
      if (org.shortNameZh) expect(marked, org.id).toContain('shortNameZh');
      for (const entry of org.inferred ?? []) expect(entry.reason.length, `${org.id}.${entry.field}`).toBeGreaterThan(20);
    }
  });

  it('marks every alias that no source text gives as inferred', () => {
    const texts = [...dataset.sources.values()].map((source) => readFileSync(`data/${source.file}`, 'utf8')).join('\n');
    for (const org of organisations) {
      org.aliases.forEach((alias, i) => {
        if (texts.includes(alias)) return;
        expect(org.inferred?.map((e) => e.field), `${org.id} alias "${alias}"`).toContain(`aliases.${i}`);
      });
    }
  });

  it('gives every initiative a Chinese title and summary and every place a Chinese name, marked where it is not a translation', () => {
    for (const initiative of dataset.initiatives) {
      expect(initiative.translations?.zh?.title, initiative.id).toMatch(/\p{Script=Han}/u);
      expect(initiative.translations?.zh?.summary, initiative.id).toMatch(/\p{Script=Han}/u);
      initiative.places.forEach((place, k) => {
        expect(place.nameZh, `${initiative.id} places.${k}`).toMatch(/^\p{Script=Han}+$/u);
        expect(initiative.inferred?.map((e) => e.field), initiative.id).toContain(`places.${k}.nameZh`);
      });
    }
  });

  it('translates every quote into each display language other than its source\'s', () => {
    for (const initiative of dataset.initiatives) {
      for (const ref of initiative.sources) {
        const language = dataset.sources.get(ref.source)!.language;
        for (const quote of ref.quotes) {
          expect(quote.translations?.zh, quote.text).toBeTruthy();
          if (language === 'ru') expect(quote.translations?.en, quote.text).toBeTruthy();
        }
      }
    }
  });

  it('translates every reason: why a date, a place or a field is inferred, and what a source says when there is no date', () => {
    const records = [...dataset.initiatives, ...organisations];
    for (const record of records) {
      for (const entry of record.inferred ?? []) expect(entry.reasonZh, `${record.id} ${entry.field}`).toMatch(/\p{Script=Han}/u);
    }
    for (const initiative of dataset.initiatives) {
      if (initiative.date.reason) expect(initiative.date.reasonZh, initiative.id).toMatch(/\p{Script=Han}/u);
      for (const place of initiative.places) if (place.reason) expect(place.reasonZh, initiative.id).toMatch(/\p{Script=Han}/u);
    }
    for (const source of dataset.sources.values()) if (source.date.reason) expect(source.date.reasonZh, source.id).toMatch(/\p{Script=Han}/u);
  });

  it('writes formal Chinese: full-width punctuation, no English words but romanised names, abbreviations and the publishers', () => {
    const people = dataset.initiatives.flatMap((i) => i.people.map((p) => p.name));
    // Romanised names stay as the sources give them, a surname alone too ("Wu书记": Secretary Wu).
    const allowed = new Set(['ESG', 'CECEP', 'CQC', 'CATL', 'CICPMC', 'GB', 'T', 'EqualOcean', 'Gasgoo', ...people.map((name) => name.split(' ')[0]!)]);
    for (const [where, full] of chineseTexts()) {
      // Words quoted from a source stay as the source has them: “25 февраля”, “energy chain”.
      const text = full.replace(/“[^”]*”/g, '“”');
      expect(text, where).not.toMatch(/[,;:()"]/);
      expect(text, where).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
      let rest = text;
      for (const name of people) rest = rest.split(name).join(' ');
      const words = rest.match(/[A-Za-z]+/g) ?? [];
      expect(words.filter((w) => !allowed.has(w)), where).toEqual([]);
    }
  });

  it('dates the scenes in the Chinese form', () => {
    const zh = Object.fromEntries(deck.scenes.map((s) => [s.id, s.translations!.zh!]));
    expect(zh['danfoss-wuxing']!.caption).toMatch(/^2020年11月30日：/);
    expect(zh['energy-chain-zibo']!.caption).toMatch(/^2021年10月13日：/);
    expect(zh['siemens-pioneer']!.caption).toMatch(/^2021年9月（推断）：/);
    expect(deck.translations?.zh).toBe('中国六项减碳合作举措');
  });
});
