import { describe, expect, it } from 'vitest';
import { toTourCard } from '../../../src/present/deck/tour-card';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const card = (id: string) => toTourCard(dataset, dataset.initiatives.find((i) => i.id === id)!);

describe(toTourCard, () => {
  it('gives title, partners with roles, the date with its precision, the place, and the quote that states the agreement', () => {
    expect(card('danfoss-wuxing-zero-carbon-agreement')).toEqual({
      title: 'Danfoss cooperation agreement with Wuxing District, Huzhou, for its zero-carbon emission initiative',
      partners: [
        { name: 'Wuxing District, Huzhou (District Party Committee)', role: 'Party to the agreement' },
        { name: 'Danfoss', role: 'Party to the agreement' },
        { name: 'CICPMC', role: 'Facilitator' },
      ],
      date: 'Nov 30, 2020',
      precision: 'to the day',
      dateReason: null,
      places: 'Wuxing District, Huzhou, Zhejiang',
      quote: {
        text: 'Secretary Wu also reached a cooperation agreement with Danfoss to promote the zero-carbon emission initiative of Wuxing District.',
        lang: 'en',
        translation: null,
        source: '“Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss” · publisher not stated · undated · archived as danfoss-wuxing-visit.en.txt',
      },
    });
  });

  it('keeps a quote in its language with the English translation, and says why a date is inferred', () => {
    const cecep = card('cecep-catl-energy-storage-agreement');
    expect(cecep.date).toBe('Feb 25, 2025 (inferred)');
    expect(cecep.dateReason).toContain('four years in a row');
    expect(cecep.quote).toMatchObject({ lang: 'ru', translation: expect.stringMatching(/^On 25 February the China Energy Conservation/) });
    expect(cecep.quote!.source).toBe('Untitled article · Gasgoo · undated · archived as gasgoo-catl-cecep-fangda.ru.txt');
  });

  it('says when the source gives no date', () => {
    expect(card('schneider-electric-suzhou-parks-mou')).toMatchObject({ date: 'date unknown', precision: 'not given in the source', dateReason: expect.stringContaining('Recently') });
  });
});
