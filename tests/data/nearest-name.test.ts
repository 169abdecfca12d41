import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '../../src/data/nearest-name';

const FIELDS = ['id', 'title', 'summary', 'instrument', 'status', 'date', 'parties', 'places', 'sectors', 'people', 'sources'];

describe(nearestName, () => {
  it('finds the field a typing slip meant', () => {
    expect(nearestName('sumary', FIELDS)).toBe('summary');
    expect(nearestName('titel', FIELDS)).toBe('title');
    expect(nearestName('Places', FIELDS)).toBe('places');
    expect(nearestName('partys', FIELDS)).toBe('parties');
  });

  it('suggests nothing for a name that is not close to any', () => {
    expect(nearestName('colour', FIELDS)).toBeNull();
    expect(nearestName('xy', FIELDS)).toBeNull();
  });
});

describe(editDistance, () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
