import { describe, expect, it } from 'vitest';
import { change, redo, startHistory, undo, UNDO_LIMIT } from '../../src/curate/draft-history';

describe('draft history', () => {
  it('undoes and redoes changes one at a time', () => {
    let h = startHistory('a');
    h = change(h, 'b');
    h = change(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
  });

  it('makes typing in one field one step, and another field a new one', () => {
    let h = startHistory('');
    for (const text of ['T', 'Ti', 'Tit']) h = change(h, text, 'title');
    h = change(h, 'Tit!', 'summary');
    expect(undo(h).present).toBe('Tit');
    expect(undo(undo(h)).present).toBe('');
  });

  it('drops what could be redone once something else changes, and keeps a bounded past', () => {
    let h = change(change(startHistory(0), 1), 2);
    h = change(undo(h), 3);
    expect(redo(h)).toBe(h);
    for (let i = 0; i < UNDO_LIMIT + 10; i++) h = change(h, 100 + i);
    expect(h.past).toHaveLength(UNDO_LIMIT);
  });
});
