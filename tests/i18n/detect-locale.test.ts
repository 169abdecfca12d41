import { describe, expect, it } from 'vitest';
import { detectLocale, LOCALE_STORAGE_KEY } from '../../src/i18n/detect-locale';

const storage = (value: string | null) => ({ getItem: (key: string) => (key === LOCALE_STORAGE_KEY ? value : null) });

describe(detectLocale, () => {
  it('takes the link first, then the last choice here, then the browser, then English', () => {
    expect(detectLocale({ search: '?lang=zh', storage: storage('en'), languages: ['en-GB'] })).toEqual({ locale: 'zh', fromLink: true });
    expect(detectLocale({ search: '', storage: storage('zh'), languages: ['en-GB'] })).toEqual({ locale: 'zh', fromLink: false });
    expect(detectLocale({ search: '', storage: storage(null), languages: ['fr-FR', 'zh-TW', 'en'] })).toEqual({ locale: 'zh', fromLink: false });
    expect(detectLocale({ search: '', storage: null, languages: ['de'] })).toEqual({ locale: 'en', fromLink: false });
  });

  it('ignores a lang it does not speak and storage that refuses', () => {
    const refusing = { getItem: () => { throw new Error('denied'); } };
    expect(detectLocale({ search: '?lang=fr', storage: refusing, languages: ['zh-CN'] })).toEqual({ locale: 'zh', fromLink: false });
  });
});
