// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyBelongsToTarget } from '../../../src/present/session/key-targets';

function element(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-target]')!;
}

describe(isTypingTarget, () => {
  it('is true in text fields and editable areas, false on buttons and checkboxes', () => {
    expect(isTypingTarget(element('<input data-target type="search">'))).toBe(true);
    expect(isTypingTarget(element('<textarea data-target></textarea>'))).toBe(true);
    expect(isTypingTarget(element('<select data-target></select>'))).toBe(true);
    expect(isTypingTarget(element('<input data-target type="checkbox">'))).toBe(false);
    expect(isTypingTarget(element('<button data-target>Go</button>'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});

describe(keyBelongsToTarget, () => {
  it('leaves Space and Enter to a focused button or link', () => {
    expect(keyBelongsToTarget(element('<button data-target>Go</button>'), ' ')).toBe(true);
    expect(keyBelongsToTarget(element('<a data-target href="#x">x</a>'), 'Enter')).toBe(true);
    expect(keyBelongsToTarget(element('<button data-target>Go</button>'), 'PageDown')).toBe(false);
  });

  it('leaves arrows and paging to sliders and to the focused map', () => {
    expect(keyBelongsToTarget(element('<div data-target role="slider" tabindex="0"></div>'), 'PageDown')).toBe(true);
    expect(keyBelongsToTarget(element('<div class="leaflet-container"><div data-target tabindex="0"></div></div>'), 'ArrowRight')).toBe(true);
    expect(keyBelongsToTarget(element('<div class="leaflet-container" data-target tabindex="0"></div>'), 'PageDown')).toBe(false);
    expect(keyBelongsToTarget(element('<div data-target tabindex="0"></div>'), 'ArrowRight')).toBe(false);
  });
});
