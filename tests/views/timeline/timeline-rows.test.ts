import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../../src/filters/filters';
import { applyFilters } from '../../../src/lib/apply-filters';
import { parseIsoDay } from '../../../src/lib/fuzzy-date';
import { isCutAt, nextContext, sameRows } from '../../../src/views/timeline/timeline-rows';
import { curated } from './fixtures';

const full = applyFilters(curated, DEFAULT_FILTERS);
const at = (iso: string) => parseIsoDay(iso)!;

describe(nextContext, () => {
  it('keeps the full context while the dashboard only cuts it at the playhead', () => {
    const playhead = at('2021-12-31');
    const cut = applyFilters(curated, DEFAULT_FILTERS, { playhead });
    expect(isCutAt(full, cut, playhead)).toBe(true);
    expect(nextContext(full, cut, playhead)).toBe(full);
  });

  it('takes the current rows when a filter changed during playback', () => {
    const playhead = at('2025-12-31');
    const narrowed = applyFilters(curated, toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl'), { playhead });
    expect(isCutAt(full, narrowed, playhead)).toBe(false);
    expect(nextContext(full, narrowed, playhead)).toBe(narrowed);
  });

  it('keeps the same array while the contents are the same, so aggregates stay memoised', () => {
    const again = applyFilters(curated, DEFAULT_FILTERS);
    expect(again).not.toBe(full);
    expect(sameRows(full, again)).toBe(true);
    expect(nextContext(full, again, null)).toBe(full);
    const fewer = full.slice(1);
    expect(nextContext(full, fewer, null)).toBe(fewer);
  });
});
