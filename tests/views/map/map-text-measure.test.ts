// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A canvas whose text is 7 px per character, whatever the font; records what it was asked to measure. */
function fakeCanvas() {
  const measured: string[] = [];
  const ctx = { font: '', measureText: (text: string) => (measured.push(text), { width: text.length * 7 }) };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D);
  document.body.style.fontFamily = 'Test Sans';
  return measured;
}

async function freshMeasureText() {
  vi.resetModules();
  return (await import('../../../src/views/map/map-text-measure')).measureText;
}

describe('measureText', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts Han characters and full-width punctuation as one em each, and measures only the rest', async () => {
    const measured = fakeCanvas();
    const measureText = await freshMeasureText();
    expect(measureText('北京', 16, 600)).toBe(32);
    expect(measureText('（试点）', 13)).toBe(52);
    // "Suzhou 苏州 +1": the Latin part measured (10 characters, with both spaces), the two Han characters 14 px each.
    expect(measureText('Suzhou 苏州 +1', 14, 600)).toBe(10 * 7 + 2 * 14);
    expect(measured).toEqual(['Suzhou  +1']);
  });

  it('adds the letter spacing after every character, Han or not, and caches each text, size and weight', async () => {
    const measured = fakeCanvas();
    const measureText = await freshMeasureText();
    // 3 characters at 20 px with 0.1 em after each: 60 + 6.
    expect(measureText('内蒙古', 20, 400, 0.1)).toBe(66);
    expect(measureText('ab', 10, 400, 0.5)).toBe(Math.ceil(14 + 10));
    expect(measureText('ab', 10, 400, 0.5)).toBe(24);
    expect(measured).toEqual(['ab']);
  });
});
