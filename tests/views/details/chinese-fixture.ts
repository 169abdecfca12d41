import type { Dataset } from '../../../src/data/dataset';
import type { Initiative, Organisation } from '../../../src/data/schema';

/**
 * The Chinese the tests of the details panel and the exports rely on, put over the curated data
 * whatever data/ holds today (the curator fills it in): fixed names and translations to assert.
 */
export const ZH = {
  catl: { nameZh: '宁德时代新能源科技股份有限公司', shortNameZh: '宁德时代' },
  cecep: { nameZh: '中国节能环保集团有限公司', shortNameZh: '中国节能' },
  danfoss: { nameZh: '丹佛斯' },
  cecepTitle: '中国节能与宁德时代储能领域战略合作协议',
  cecepSummary: '中国节能环保集团有限公司与宁德时代在福建省宁德市签署战略合作协议，推动储能领域的高质量增长。',
  cecepQuote: '2月25日，中国节能环保集团与宁德时代在福建省宁德市签署战略合作协议',
  wuTitle: '吴兴区委书记',
  wuRole: '率领代表团',
} as const;

export function overlayOrganisation<T extends Pick<Organisation, 'id'>>(org: T): T {
  const zh = (ZH as Record<string, unknown>)[org.id];
  return zh && typeof zh === 'object' ? { ...org, ...zh } : org;
}

export function overlayInitiative<T extends Pick<Initiative, 'id'>>(record: T): T {
  const initiative = structuredClone(record) as unknown as Initiative;
  if (initiative.id === 'cecep-catl-energy-storage-agreement') {
    initiative.translations = { zh: { title: ZH.cecepTitle, summary: ZH.cecepSummary } };
    initiative.places[0]!.nameZh = '福建省宁德市';
    const quote = initiative.sources[0]!.quotes[0]!;
    quote.translations = { ...quote.translations, zh: ZH.cecepQuote };
  }
  if (initiative.id === 'danfoss-wuxing-zero-carbon-agreement') {
    const wu = initiative.people.find((p) => p.name === 'Wu Bingfang')!;
    wu.translations = { zh: { title: ZH.wuTitle, role: ZH.wuRole } };
  }
  return initiative as unknown as T;
}

/** The dataset with the fixed Chinese above. */
export function withChinese(dataset: Dataset): Dataset {
  return {
    ...dataset,
    initiatives: dataset.initiatives.map(overlayInitiative),
    organisations: new Map([...dataset.organisations].map(([id, org]) => [id, overlayOrganisation(org)])),
  };
}

/** The dataset with no Chinese at all (names, translations): what the app shows before the curator has translated. */
export function withoutChinese(dataset: Dataset): Dataset {
  const initiatives = dataset.initiatives.map((record) => {
    const initiative = structuredClone(record);
    delete initiative.translations;
    for (const place of initiative.places) delete place.nameZh;
    for (const person of initiative.people) delete person.translations;
    for (const ref of initiative.sources) for (const quote of ref.quotes) if (quote.translations) delete quote.translations.zh;
    return initiative;
  });
  const organisations = new Map([...dataset.organisations].map(([id, org]) => {
    const { nameZh: _name, shortNameZh: _short, ...rest } = org;
    return [id, rest as Organisation];
  }));
  return { ...dataset, initiatives, organisations };
}
