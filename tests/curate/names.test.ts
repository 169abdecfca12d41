import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/curate/curate-types';
import { findLookalikes, namesLookAlike } from '../../src/curate/lookalike-names';
import { gazetteerPlaces, searchGazetteer, searchOrganisations } from '../../src/curate/search-names';
import { suggestId } from '../../src/curate/slug';
import { readBaseFromDisk } from './base-dataset';

const base = await readBaseFromDisk();
const organisations = base.files.organisations.json.organisations as JsonObject[];
const places = gazetteerPlaces(base.gazetteer);

describe(searchGazetteer, () => {
  it('finds a place by its Chinese name, part of it too: 湖州 finds Huzhou', () => {
    expect(searchGazetteer(places, '湖州')[0]).toMatchObject({ id: '330500', nameEn: 'Huzhou', nameZh: '湖州市' });
  });

  it('finds a place by its English name whatever the case, names that start with the query first', () => {
    const hits = searchGazetteer(places, 'ning');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0]!.nameEn.toLowerCase().startsWith('ning')).toBe(true);
    expect(searchGazetteer(places, 'HUZHOU')[0]!.id).toBe('330500');
  });

  it('finds nothing for an empty query or a name not there', () => {
    expect(searchGazetteer(places, '  ')).toEqual([]);
    expect(searchGazetteer(places, 'Atlantis')).toEqual([]);
  });
});

describe(searchOrganisations, () => {
  it('finds an organisation by an alias or its Chinese name', () => {
    expect(searchOrganisations(organisations, '吴兴').map((o) => o.id)).toContain('wuxing-district-huzhou');
    expect(searchOrganisations(organisations, 'contemporary amperex').map((o) => o.id)).toEqual(['catl']);
  });
});

describe(namesLookAlike, () => {
  it.each([
    ['Danfoss China', 'Danfoss'],
    ['Schneider Electric Co., Ltd.', 'schneider electric'],
    ['宁德时代', '宁德时代新能源科技股份有限公司'],
    ['Schneider Electirc', 'Schneider Electric'],
  ])('takes %j and %j for one organisation', (a, b) => expect(namesLookAlike(a, b)).toBe(true));

  it.each([
    ['China Quality Certification Center', 'Danfoss China'],
    ['Siemens', 'Schneider Electric'],
    ['CATL', 'CECEP'],
  ])('tells %j from %j', (a, b) => expect(namesLookAlike(a, b)).toBe(false));
});

describe(findLookalikes, () => {
  it('names the existing organisation and which of its names a new name looks like', () => {
    expect(findLookalikes(['Danfoss China Ltd'], organisations)).toEqual([{ id: 'danfoss', name: 'Danfoss China' }]);
    expect(findLookalikes(['Danfoss Cooling'], organisations)).toEqual([{ id: 'danfoss', name: 'Danfoss' }]);
    expect(findLookalikes(['Energy Chain'], organisations, 'energy-chain')).toEqual([]);
  });
});

describe(suggestId, () => {
  it('makes an id from a title, and none from a Chinese one', () => {
    expect(suggestId('Danfoss–Wuxing “zero-carbon” agreement, 2020')).toBe('danfoss-wuxing-zero-carbon-agreement-2020');
    expect(suggestId('Zürich Énergie')).toBe('zurich-energie');
    expect(suggestId('湖州合作协议')).toBe('');
    expect(suggestId('a '.repeat(100)).length).toBeLessThanOrEqual(60);
  });
});
