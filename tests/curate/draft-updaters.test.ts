import { describe, expect, it } from 'vitest';
import type { CurateDraft } from '../../src/curate/curate-types';
import { editDraft, emptyDraft, removeItem, setInitiative, setTitle } from '../../src/curate/draft-updaters';
import { setIn } from '../../src/curate/json-path';
import { addParty, createOrganisation, setNewOrganisationField } from '../../src/curate/party-updaters';
import { addPlace } from '../../src/curate/place-updaters';
import { addQuote, pasteNewSource, passageText, setNewSourceField, toggleSupport } from '../../src/curate/source-updaters';
import type { GazetteerHit } from '../../src/curate/search-names';

const HUZHOU: GazetteerHit = { id: '330500', level: 'prefecture', nameEn: 'Huzhou', nameZh: '湖州市', provinceEn: 'Zhejiang', provinceZh: '浙江省', aliasesEn: [] };

describe('a new draft', () => {
  it('sets no value the curator has not given: only the lists are there, empty', () => {
    expect(emptyDraft().initiative).toEqual({ parties: [], places: [], sectors: [], people: [], sources: [] });
  });

  it('suggests the id from the title until the curator changes the id', () => {
    let d = setTitle(emptyDraft(), 'Huzhou memorandum');
    expect(d.initiative.id).toBe('huzhou-memorandum');
    d = setTitle(d, 'Huzhou cold-chain memorandum');
    expect(d.initiative.id).toBe('huzhou-cold-chain-memorandum');
    d = setInitiative(d, ['id'], 'my-id');
    expect(setTitle(d, 'Another title').initiative.id).toBe('my-id');
  });

  it('never renames an initiative being edited from its title', () => {
    const d = editDraft({ id: 'kept', title: 'Old' });
    expect(setTitle(d, 'New').initiative.id).toBe('kept');
  });
});

describe(setIn, () => {
  it('unsets a field, and an object left empty with it', () => {
    const record = { translations: { zh: { title: '标题' } } };
    expect(setIn(record, ['translations', 'zh', 'title'], undefined)).toEqual({});
    expect(setIn({}, ['translations', 'zh', 'title'], '标题')).toEqual(record);
  });
});

describe('quotes and pasted sources', () => {
  it('makes a passage a quote with its whitespace as data:check compares it, supporting nothing until ticked', () => {
    let d = pasteNewSource(emptyDraft());
    d = addQuote(d, 0, '  On 30\u00a0November,\n\nthe parties signed ');
    expect(d.initiative.sources).toEqual([{ source: '', quotes: [{ text: 'On 30 November, the parties signed', supports: [] }] }]);
    d = toggleSupport(toggleSupport(d, 0, 0, 'date'), 0, 0, 'title');
    expect(toggleSupport(d, 0, 0, 'date').initiative.sources).toEqual([{ source: '', quotes: [{ text: 'On 30 November, the parties signed', supports: ['title'] }] }]);
    expect(passageText(' \n ')).toBe('');
  });

  it("keeps a pasted source's file and citation in step with its id and language; an emptied headline is none", () => {
    let d = pasteNewSource(emptyDraft());
    d = setNewSourceField(d, 0, 'title', 'Huzhou signs');
    expect(d.newSources[0]!.record).toMatchObject({ id: 'huzhou-signs', title: 'Huzhou signs', file: 'sources/huzhou-signs..txt' });
    d = setNewSourceField(d, 0, 'language', 'zh');
    d = setNewSourceField(d, 0, 'id', 'huzhou-2021');
    expect(d.newSources[0]!.record).toMatchObject({ id: 'huzhou-2021', file: 'sources/huzhou-2021.zh.txt', language: 'zh' });
    expect(d.initiative.sources).toEqual([{ source: 'huzhou-2021', quotes: [] }]);
    expect(setNewSourceField(d, 0, 'title', '').newSources[0]!.record.title).toBeNull();
  });
});

describe('parties', () => {
  it('creates an organisation as typed, its kind unset and its home country unknown, and follows its id', () => {
    let d: CurateDraft = createOrganisation(emptyDraft(), 'Danfoss China');
    expect(d.newOrganisations).toEqual([{ id: 'danfoss-china', name: 'Danfoss China', aliases: [], homeCountry: null, sources: [] }]);
    expect(d.initiative.parties).toEqual([{ organisation: 'danfoss-china' }]);
    d = setNewOrganisationField(d, 0, 'id', 'danfoss-cn');
    expect(d.initiative.parties).toEqual([{ organisation: 'danfoss-cn' }]);
    expect(setNewOrganisationField(d, 0, 'homeCountry', 'dk').newOrganisations[0]!.homeCountry).toBe('DK');
    expect(addParty(d, 'danfoss-cn')).toBe(d);
  });

  it('takes a name searched for in Chinese as the Chinese name, the English one and the id left to the curator', () => {
    let d: CurateDraft = createOrganisation(emptyDraft(), '示例公司');
    expect(d.newOrganisations).toEqual([{ id: '', name: '', nameZh: '示例公司', aliases: [], homeCountry: null, sources: [] }]);
    d = setNewOrganisationField(d, 0, 'name', 'Example Company');
    expect(d.newOrganisations[0]).toMatchObject({ id: 'example-company', name: 'Example Company', nameZh: '示例公司' });
    expect(d.initiative.parties).toEqual([{ organisation: 'example-company' }]);
  });
});

describe('places', () => {
  it("adds a gazetteer place with its names, and says the Chinese name is the gazetteer's when no source text has it", () => {
    const d = addPlace(emptyDraft(), HUZHOU, new Map());
    expect(d.initiative.places).toEqual([{ scope: 'city', gazetteerId: '330500', name: 'Huzhou', nameZh: '湖州市' }]);
    expect(d.initiative.inferred).toEqual([{ field: 'places.0.nameZh', reason: "The gazetteer's Chinese name of Huzhou (330500); not in the source text.", reasonZh: '地名表中湖州（330500）的中文名称；来源原文中没有。' }]);
  });

  it('says nothing more when a cited text has the Chinese name', () => {
    const cited = setInitiative(emptyDraft(), ['sources'], [{ source: 's', quotes: [] }]);
    expect(addPlace(cited, HUZHOU, new Map([['s', '湖州市吴兴区与丹佛斯签约']])).initiative.inferred).toBeUndefined();
  });

  it('takes what inferred says of a removed place with it, and moves what it says of the places after it', () => {
    let d = addPlace(emptyDraft(), HUZHOU, new Map());
    d = addPlace(d, { ...HUZHOU, id: '330100', nameEn: 'Hangzhou', nameZh: '杭州市' }, new Map());
    d = setInitiative(d, ['inferred'], [...(d.initiative.inferred as object[]), { field: 'homeCountry', reason: 'kept as it is' }] as never);
    d = removeItem(d, 'places', 0);
    expect(d.initiative.places).toEqual([{ scope: 'city', gazetteerId: '330100', name: 'Hangzhou', nameZh: '杭州市' }]);
    expect((d.initiative.inferred as Array<{ field: string }>).map((i) => i.field)).toEqual(['places.0.nameZh', 'homeCountry']);
  });
});
