// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSearchDraft } from '../../../src/views/filters/use-search-draft';

describe(useSearchDraft, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const commit = vi.fn();
    const hook = renderHook(({ query }) => useSearchDraft(query, commit), { initialProps: { query: '' } });
    return { commit, ...hook };
  };

  it('commits what is typed after a pause', () => {
    const { commit, result } = setup();
    act(() => result.current[1]('cecep'));
    expect(commit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(150));
    expect(commit).toHaveBeenCalledWith('cecep');
  });

  it('keeps what was typed when the filters come back with the previous commit after it', () => {
    const { commit, result, rerender } = setup();
    act(() => result.current[1]('china energy'));
    // The commit fires, and the user types on before the dashboard re-renders with it.
    act(() => {
      vi.advanceTimersByTime(150);
      result.current[1]('湖州');
    });
    rerender({ query: 'china energy' });
    expect(result.current[0]).toBe('湖州');
    act(() => vi.advanceTimersByTime(150));
    expect(commit).toHaveBeenLastCalledWith('湖州');
  });

  it('takes a query changed from outside (Back, a removed chip)', () => {
    const { result, rerender } = setup();
    rerender({ query: 'ningde' });
    expect(result.current[0]).toBe('ningde');
    rerender({ query: '' });
    expect(result.current[0]).toBe('');
  });
});
