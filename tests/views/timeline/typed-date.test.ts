import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/model/fuzzy-date';
import { parseTypedDate, typedDateProblem } from '../../../src/views/timeline/typed-date';

const isoOf = (text: string, side: 'from' | 'to') => {
  const parsed = parseTypedDate(text, side);
  return parsed.kind === 'date' ? parsed.iso : parsed.kind;
};

describe(parseTypedDate, () => {
  it('reads a day in ISO form', () => {
    expect(parseTypedDate('2020-01-01', 'from')).toEqual({ kind: 'date', iso: '2020-01-01', day: parseIsoDay('2020-01-01') });
    expect(isoOf(' 2024-02-29 ', 'to')).toBe('2024-02-29');
  });

  it('takes a month or a year as its first day at the start of the range and its last at the end', () => {
    expect(isoOf('2021', 'from')).toBe('2021-01-01');
    expect(isoOf('2021', 'to')).toBe('2021-12-31');
    expect(isoOf('2024-02', 'from')).toBe('2024-02-01');
    expect(isoOf('2024-02', 'to')).toBe('2024-02-29');
    expect(isoOf('2023-02', 'to')).toBe('2023-02-28');
  });

  it('refuses days and months the calendar does not have', () => {
    expect(parseTypedDate('2018-02-30', 'from')).toEqual({ kind: 'invalid', problem: { reason: 'day', monthStart: parseIsoDay('2018-02-01'), days: 28 } });
    expect(parseTypedDate('2023-02-29', 'to')).toMatchObject({ kind: 'invalid', problem: { reason: 'day', days: 28 } });
    expect(parseTypedDate('2021-04-31', 'to')).toMatchObject({ kind: 'invalid', problem: { reason: 'day', days: 30 } });
    expect(parseTypedDate('2021-13', 'from')).toEqual({ kind: 'invalid', problem: { reason: 'month', month: 13 } });
    expect(parseTypedDate('2021-00-10', 'from')).toEqual({ kind: 'invalid', problem: { reason: 'month', month: 0 } });
    expect(parseTypedDate('2021-05-00', 'from')).toMatchObject({ kind: 'invalid', problem: { reason: 'day' } });
  });

  it('refuses dates in a locale form, leaving an unfinished ISO date as unfinished', () => {
    for (const text of ['01.02.2021', '1/2/2021', '2021/02/01', '20210201', 'Feb 2021', '0999', '2021-1-5']) {
      expect(parseTypedDate(text, 'from'), text).toEqual({ kind: 'invalid', problem: { reason: 'format' } });
    }
    for (const text of ['2', '202', '2021-', '2021-1', '2021-10-', '2021-10-1']) expect(parseTypedDate(text, 'from').kind, text).toBe('incomplete');
    expect(parseTypedDate('', 'to')).toEqual({ kind: 'empty' });
    expect(parseTypedDate('   ', 'to')).toEqual({ kind: 'empty' });
  });
});

describe(typedDateProblem, () => {
  it('flags only what more typing cannot mend while typing, and an unfinished date on Enter or blur', () => {
    expect(typedDateProblem('2021-1', 'from', false)).toBeNull();
    expect(typedDateProblem('2021-1', 'from', true)).toEqual({ reason: 'format' });
    expect(typedDateProblem('2018-02-30', 'from', false)).toMatchObject({ reason: 'day' });
    expect(typedDateProblem('2021-10-13', 'to', true)).toBeNull();
    expect(typedDateProblem('', 'to', true)).toBeNull();
  });
});
