import { describe, expect, it } from 'vitest';
import { createDerivation } from '../../src/derive/derive-view';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../src/filters/filters';
import { applyFilters } from '../../src/derive/apply-filters';
import { parseIsoDay } from '../../src/model/fuzzy-date';
import { curated } from '../views/timeline/fixtures';

const at = (iso: string) => parseIsoDay(iso)!;
const none = { queryMatches: null, playhead: null };

describe(createDerivation, () => {
  it('gives the same cut for the same input, and the rows applyFilters gives', () => {
    const derive = createDerivation(curated);
    const catl = toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl');
    const cut = derive({ filters: catl, ...none });
    expect(derive({ filters: catl, ...none })).toBe(cut);
    expect(cut.rows).toEqual(applyFilters(curated, catl));
    expect(cut.rowsExcept(['partners'])).toEqual(applyFilters(curated, catl, { except: ['partners'] }));
  });

  it("keeps the timeline's context (no date, no playhead) the very same rows while playback moves, so its aggregates hold", () => {
    const derive = createDerivation(curated);
    const first = derive({ filters: DEFAULT_FILTERS, queryMatches: null, playhead: at('2021-12-31') });
    // The timeline asks for its context as it draws each frame.
    const drawn = first.rowsExcept(['date', 'playhead']);
    const second = derive({ filters: DEFAULT_FILTERS, queryMatches: null, playhead: at('2025-12-31') });
    expect(second.rowsExcept(['date', 'playhead'])).toBe(drawn);
    expect(second.rowsExcept(['date', 'playhead'])).toEqual(applyFilters(curated, DEFAULT_FILTERS));
    // Skipping only clauses that are not set gives the rows themselves, not a copy.
    const fresh = createDerivation(curated)({ filters: DEFAULT_FILTERS, ...none });
    expect(fresh.rowsExcept(['date', 'playhead'])).toBe(fresh.rows);
    // Every other view is cut at the playhead: 3 initiatives dated by the end of 2021, all 5 dated by 2025.
    expect(first.rows).toHaveLength(3);
    expect(second.rows).toHaveLength(5);
  });

  it("takes the current rows for the timeline when a filter changes during playback", () => {
    const derive = createDerivation(curated);
    const playhead = at('2025-12-31');
    const full = derive({ filters: DEFAULT_FILTERS, queryMatches: null, playhead }).rowsExcept(['date', 'playhead']);
    const catl = toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl');
    const narrowed = derive({ filters: catl, queryMatches: null, playhead }).rowsExcept(['date', 'playhead']);
    expect(narrowed).not.toBe(full);
    expect(narrowed.map((row) => row.initiative.id).sort()).toEqual(['catl-liaoning-fangda-zero-carbon-cluster', 'cecep-catl-energy-storage-agreement']);
  });
});
