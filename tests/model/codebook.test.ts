import { describe, expect, it } from 'vitest';
import { Codebook } from '../../src/model/codebook';

describe(Codebook, () => {
  it('gives each distinct value the next code, in the order first seen, and decodes it back', () => {
    const book = new Codebook();
    expect([book.encode('b'), book.encode('a'), book.encode('b')]).toEqual([0, 1, 0]);
    expect(book.values).toEqual(['b', 'a']);
    expect(book.size).toBe(2);
    expect(book.codeOf('a')).toBe(1);
    expect(book.codeOf('c')).toBeUndefined();
  });

  it('gives a fixed vocabulary the first codes, in its order', () => {
    const book = new Codebook(['x', 'y']);
    expect(book.encode('z')).toBe(2);
    expect(book.codeOf('y')).toBe(1);
  });
});
