import { describe, expect, it } from 'vitest';
import { newOrganisation, newSource } from '../../src/curate/new-records';

const input = { id: 'pasted', title: '  ', publisher: 'EqualOcean ', language: 'en', date: { value: null, precision: 'unknown', basis: 'stated' }, url: '', accessed: '', note: '', text: ' Text\r\nas pasted ' };

describe(newSource, () => {
  it('names the text after the id and language, keeps it exactly, and records an empty title as none', () => {
    const { record, text } = newSource(input);
    expect(record).toMatchObject({ id: 'pasted', file: 'sources/pasted.en.txt', title: null, publisher: 'EqualOcean', language: 'en' });
    expect(text).toBe(' Text\r\nas pasted ');
  });

  it('records an address and the day it was read only when given', () => {
    expect(newSource(input).record).not.toHaveProperty('url', expect.anything());
    const { record } = newSource({ ...input, url: 'https://example.org/a', accessed: '2025-03-01' });
    expect(record).toMatchObject({ url: 'https://example.org/a', accessed: '2025-03-01' });
  });

  it('leaves the language unset until it is chosen, for the check to ask for it', () => {
    expect(newSource({ ...input, language: '' }).record.language).toBeUndefined();
  });
});

describe(newOrganisation, () => {
  it('records an unknown home country as null and leaves an unchosen kind unset', () => {
    expect(newOrganisation({ id: 'x', name: ' X ', nameZh: '', kind: '', homeCountry: '' })).toEqual({ id: 'x', name: 'X', nameZh: undefined, aliases: [], kind: undefined, homeCountry: null, sources: [] });
    expect(newOrganisation({ id: 'x', name: 'X', nameZh: '某公司', kind: 'private-company', homeCountry: 'dk' })).toMatchObject({ nameZh: '某公司', kind: 'private-company', homeCountry: 'DK' });
  });
});
