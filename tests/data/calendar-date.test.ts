import { describe, expect, it } from 'vitest';
import { isRealCalendarDate } from '../../src/data/calendar-date';

describe(isRealCalendarDate, () => {
  it('accepts real days, months and years', () => {
    expect(['2020-02-29', '2000-02-29', '2021-12-31', '2025-02', '2021'].filter(isRealCalendarDate)).toHaveLength(5);
  });

  it('refuses days and months that do not exist', () => {
    expect(['2018-02-30', '2019-02-29', '1900-02-29', '2021-04-31', '2021-00-10', '2021-13', '2021-01-00', '2021-1-1'].filter(isRealCalendarDate)).toEqual([]);
  });
});
