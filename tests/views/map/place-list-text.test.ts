import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/i18n/format';
import { i18n } from '../../../src/i18n/i18n';
import { placeListText } from '../../../src/views/map/place-list-text';

describe(placeListText, () => {
  it('says each count as the locale does, and asks i18next once per count however many places say it', () => {
    const asked: string[] = [];
    const english = i18n.getFixedT('en') as unknown as (key: string, options?: object) => string;
    const t = ((key: string, options?: object) => (asked.push(key), english(key, options))) as unknown as TFunction;
    const text = placeListText(t, createFormatter('en', i18n.getFixedT('en')));
    expect(text.initiatives(1)).toBe('1 initiative');
    expect(text.initiatives(1200)).toBe('1,200 initiatives');
    for (let i = 0; i < 50; i++) text.initiatives(1);
    expect(asked.filter((key) => key === 'map.count.initiatives')).toHaveLength(2);
    expect(text.inferred).toBe(english('map.list.inferred'));
  });
});
