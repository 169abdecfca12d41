import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/curate/curate-types';
import { INITIATIVE_SHAPE, ORGANISATION_SHAPE, orderKeys, SOURCE_SHAPE } from '../../src/curate/key-order';

const records = (file: string, key: string) => (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as Record<string, JsonObject[]>)[key]!;

describe(orderKeys, () => {
  it.each([
    ['initiatives.json', 'initiatives', INITIATIVE_SHAPE],
    ['organisations.json', 'organisations', ORGANISATION_SHAPE],
    ['sources.json', 'sources', SOURCE_SHAPE],
  ] as const)('leaves every record of %s in the order it has', (file, key, shape) => {
    for (const record of records(file, key)) expect(JSON.stringify(orderKeys(record, shape))).toBe(JSON.stringify(record));
  });

  it('puts a field set late in its place, nested ones too, and keeps unknown fields after', () => {
    const draft: JsonObject = {
      extra: 1,
      sources: [{ quotes: [{ supports: ['title'], text: 'q' }], source: 's' }],
      date: { basis: 'stated', precision: 'unknown', value: null },
      title: 'T',
      id: 'x',
      status: undefined,
    };
    expect(JSON.stringify(orderKeys(draft, INITIATIVE_SHAPE))).toBe(
      JSON.stringify({ id: 'x', title: 'T', date: { value: null, precision: 'unknown', basis: 'stated' }, sources: [{ source: 's', quotes: [{ text: 'q', supports: ['title'] }] }], extra: 1 }),
    );
  });
});
