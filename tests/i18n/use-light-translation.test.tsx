import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, showLocale } from '../../src/i18n/i18n';
import { useLightTranslation } from '../../src/i18n/use-light-translation';

const seen: unknown[] = [];
function Probe() {
  const { t, locale } = useLightTranslation();
  seen.push(t);
  return <p>{`${locale}: ${t('common.date.unknown')}`}</p>;
}

describe(useLightTranslation, () => {
  afterEach(async () => {
    await act(() => showLocale('en'));
  });

  it('follows a language switch with the new language\'s strings, one t per language', async () => {
    const { rerender } = render(<Probe />);
    expect(screen.getByRole('paragraph').textContent).toBe(`en: ${i18n.getFixedT('en')('common.date.unknown')}`);
    rerender(<Probe />);
    expect(seen[1]).toBe(seen[0]);
    await act(() => showLocale('zh'));
    const zh = i18n.getFixedT('zh')('common.date.unknown');
    expect(zh).not.toBe(i18n.getFixedT('en')('common.date.unknown'));
    expect(screen.getByRole('paragraph').textContent).toBe(`zh: ${zh}`);
    expect(seen.at(-1)).not.toBe(seen[0]);
  });
});
