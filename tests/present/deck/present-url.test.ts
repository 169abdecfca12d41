import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../../src/filters/url-codec';
import { asksToPresent, presenterUrl, readPresentParams, writePresentParams } from '../../../src/present/deck/present-url';

describe(readPresentParams, () => {
  it('reads deck, scene, auto-advance and the presenter flag', () => {
    expect(readPresentParams('?present=tour&scene=3&auto=20')).toEqual({ deck: 'tour', scene: 3, auto: 20, presenter: false });
    expect(readPresentParams('?presenter=1')).toEqual({ deck: null, scene: null, auto: null, presenter: true });
  });

  it('ignores values it cannot use and clamps the interval', () => {
    expect(readPresentParams('?present=slides&scene=0&auto=abc')).toEqual({ deck: null, scene: null, auto: null, presenter: false });
    expect(readPresentParams('?scene=-2&auto=1').auto).toBe(3);
    expect(readPresentParams('?auto=9999').auto).toBe(600);
  });

  it('opens a presentation for a deck or a scene, not in the presenter window', () => {
    expect(asksToPresent(readPresentParams('?scene=2'))).toBe(true);
    expect(asksToPresent(readPresentParams('?present=curated'))).toBe(true);
    expect(asksToPresent(readPresentParams('?partner=catl'))).toBe(false);
    expect(asksToPresent(readPresentParams('?presenter=1&scene=2'))).toBe(false);
  });
});

describe(writePresentParams, () => {
  it('sets and removes its parameters and keeps the others', () => {
    expect(writePresentParams('?partner=catl&dataset=x', { deck: 'curated', scene: 4 })).toBe('?partner=catl&dataset=x&present=curated&scene=4');
    expect(writePresentParams('?present=curated&scene=4&partner=catl&auto=5', { deck: null, scene: null, auto: null })).toBe('?partner=catl');
    expect(writePresentParams('?present=tour', {})).toBe('?present=tour');
  });

  it('survives the filter codec writing its own parameters', () => {
    const search = writePresentParams('?partner=catl', { deck: 'mine', scene: 2 });
    const written = formatUrlState({ ...parseUrlState(search).state, selected: 'abc' }, search);
    expect(readPresentParams(written)).toMatchObject({ deck: 'mine', scene: 2 });
  });
});

describe(presenterUrl, () => {
  it('opens the same app and dataset with only the presenter flag', () => {
    expect(presenterUrl({ pathname: '/', search: '?partner=catl&present=curated&scene=2' })).toBe('/?presenter=1');
    expect(presenterUrl({ pathname: '/app/', search: '?dataset=synthetic/n10000-s1' })).toBe('/app/?dataset=synthetic%2Fn10000-s1&presenter=1');
    expect(presenterUrl({ pathname: '/', search: '?lang=en' }, 'zh')).toBe('/?presenter=1&lang=zh');
  });
});
