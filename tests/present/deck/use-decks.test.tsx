import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildTour } from '../../../src/present/deck/tour';
import { useDecks } from '../../../src/present/deck/use-decks';
import { realDataset } from '../../real-dataset';

vi.mock('../../../src/present/deck/tour', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/present/deck/tour')>();
  return { ...actual, buildTour: vi.fn(actual.buildTour) };
});

describe('useDecks', () => {
  it('builds the generated tour only when it is first read, and once', () => {
    const { result } = renderHook(() => useDecks(realDataset(), null));
    expect(result.current.tourCount).toBe(6);
    expect(buildTour).not.toHaveBeenCalled();
    const tour = result.current.byKind('tour');
    expect(tour?.scenes).toHaveLength(6);
    expect(result.current.byKind('tour')).toBe(tour);
    expect(buildTour).toHaveBeenCalledTimes(1);
  });
});
