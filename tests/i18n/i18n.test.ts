// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { HTML_LANG } from '../../src/i18n/locale';
import { i18n, showLocale } from '../../src/i18n/i18n';

describe('showLocale', () => {
  afterEach(() => showLocale('en'));

  it('switches the strings and <html lang>', async () => {
    await showLocale('zh');
    expect(i18n.language).toBe('zh');
    expect(document.documentElement.lang).toBe(HTML_LANG.zh);
    await showLocale('en');
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe(HTML_LANG.en);
  });

  it('shows the language asked for last, even when an earlier choice was still loading its strings', async () => {
    i18n.removeResourceBundle('zh', 'translation');
    // Chinese is asked for (its chunk starts loading), then English again before it has come.
    const chinese = showLocale('zh');
    const english = showLocale('en');
    await Promise.all([chinese, english]);
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe(HTML_LANG.en);
    // The strings did load: asking for Chinese now shows it at once.
    expect(i18n.hasResourceBundle('zh', 'translation')).toBe(true);
  });
});
