import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../src/filters/filters';
import { dismissNotices, focusMap, readLink, recordMapCamera, select, setLead, setPlayhead, setScenesOpen, updateFilters, wantSearch } from '../../src/store/view-updaters';
import { INITIAL_VIEW_STATE, type MapBounds, type ViewState } from '../../src/store/view-state';

const start: ViewState = INITIAL_VIEW_STATE;
const huzhou: MapBounds = [[29.6, 118.2], [32.1, 122]];

describe(updateFilters, () => {
  it('applies the change to the filters and leaves the rest of the state', () => {
    const next = updateFilters((f) => toggleFilterValue(f, 'sectors', 'energy-storage'))(start);
    expect(next.filters.sectors).toEqual(['energy-storage']);
    expect(next.selected).toBe(start.selected);
    expect(next.map).toBe(start.map);
  });

  it('returns the same state when the filters come back unchanged', () => {
    expect(updateFilters((f) => f)(start)).toBe(start);
  });
});

describe(select, () => {
  it('selects and deselects; the same selection again is no change', () => {
    const selected = select('danfoss-wuxing-zero-carbon-agreement')(start);
    expect(selected.selected).toBe('danfoss-wuxing-zero-carbon-agreement');
    expect(select('danfoss-wuxing-zero-carbon-agreement')(selected)).toBe(selected);
    expect(select(null)(selected).selected).toBeNull();
  });
});

describe(setPlayhead, () => {
  it('sets and clears the playhead without touching the filters', () => {
    const played = setPlayhead(18_600)(start);
    expect(played.playhead).toBe(18_600);
    expect(played.filters).toBe(DEFAULT_FILTERS);
    expect(setPlayhead(18_600)(played)).toBe(played);
    expect(setPlayhead(null)(played).playhead).toBeNull();
  });
});

describe(focusMap, () => {
  it('asks for the extent with a new key each time, so the same place can be asked for twice', () => {
    const once = focusMap(huzhou)(start);
    const twice = focusMap(huzhou)(once);
    expect(once.map.focus).toEqual({ key: 1, bounds: huzhou });
    expect(twice.map.focus).toEqual({ key: 2, bounds: huzhou });
  });
});

describe(recordMapCamera, () => {
  it('keeps where the map is, and leaves the last request as it was', () => {
    const asked = focusMap(huzhou)(start);
    const camera = { bounds: huzhou, center: [30.8, 120.1] as [number, number], zoom: 7 };
    const moved = recordMapCamera(camera)(asked);
    expect(moved.map.camera).toEqual(camera);
    expect(moved.map.focus).toBe(asked.map.focus);
    expect(recordMapCamera({ ...camera, center: [30.8, 120.1] })(moved)).toBe(moved);
  });
});

describe('small updaters', () => {
  it('change one field each, and nothing when it already has the value', () => {
    expect(setLead('timeline')(start).lead).toBe('timeline');
    expect(setLead('map')(start)).toBe(start);
    expect(setScenesOpen(true)(start).scenesOpen).toBe(true);
    expect(setScenesOpen(false)(start)).toBe(start);
    expect(wantSearch(start).searchWanted).toBe(true);
    expect(wantSearch(wantSearch(start))).toEqual(wantSearch(start));
    expect(dismissNotices(start)).toBe(start);
  });
});

describe(readLink, () => {
  it('takes the filters, selection and notices of a link', () => {
    const filters = { ...DEFAULT_FILTERS, query: 'CATL' };
    const notices = [{ param: 'sector', value: 'nope', reason: 'unknown' as const, field: 'sectors' as const }];
    const next = readLink({ filters, selected: 'x' }, notices)(select('y')(start));
    expect(next.filters).toBe(filters);
    expect(next.selected).toBe('x');
    expect(next.notices).toBe(notices);
    expect(dismissNotices(next).notices).toEqual([]);
  });
});
