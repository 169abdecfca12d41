import { describe, expect, it } from 'vitest';
import { setDatePart } from '../../src/curate/date-parts';

describe(setDatePart, () => {
  it('gives an unknown date no value, and leaves the value to be typed once the precision is known', () => {
    const unknown = setDatePart({ value: '2020-11', precision: 'month', basis: 'stated' }, 'precision', 'unknown');
    expect(unknown).toEqual({ value: null, precision: 'unknown', basis: 'stated' });
    expect(setDatePart(unknown, 'precision', 'day')).toEqual({ precision: 'day', basis: 'stated' });
  });

  it('keeps a typed value when the precision changes, for the check to say whether it fits', () => {
    expect(setDatePart({ value: '2020-11-30', precision: 'day' }, 'precision', 'month')).toEqual({ value: '2020-11-30', precision: 'month' });
  });

  it('unsets an emptied part', () => {
    expect(setDatePart({ value: '2020', precision: 'year', reason: 'x' }, 'reason', '')).toEqual({ value: '2020', precision: 'year' });
  });
});
