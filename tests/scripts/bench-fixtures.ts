import type { SizeResult } from '../../scripts/bench/report';
import { summarise } from '../../scripts/bench/stats';

/** A measured dataset as scripts/bench/measure-dataset.ts returns it, from hand-picked figures. */
export function sizeResult(figures: {
  dataset: string;
  count: number;
  ready: number[];
  loadFloor: number[];
  interactions?: number[];
  frameFloor?: number[];
  fps?: number[];
}): SizeResult {
  return {
    dataset: figures.dataset,
    count: figures.count,
    readyMs: summarise(figures.ready),
    interactionMs: summarise(figures.interactions ?? []),
    playbackFps: summarise(figures.fps ?? []),
    heapMb: summarise([30]),
    interactionsPerRun: figures.interactions?.length ?? 0,
    skippedInteractions: [],
    slowest: [],
    elements: summarise([5000]),
    load: { firstViewMs: summarise(figures.ready), lcpMs: summarise(figures.ready.map((ms) => ms + 20)), tbtMs: summarise([400]), longTasks: summarise([6]) },
    floors: {
      loadMs: summarise(figures.loadFloor),
      readyRatios: figures.ready.map((ms, i) => ms / figures.loadFloor[i]!),
      frameMs: summarise(figures.frameFloor ?? []),
      elements: 5000,
    },
  };
}

/** The curated dataset and 10,000 initiatives as a run might measure them: the report's and the goals' tests share them. */
export const CURATED = sizeResult({ dataset: 'curated', count: 6, ready: [1400, 1500, 1600], loadFloor: [150, 200, 250] });
export const TEN_THOUSAND = sizeResult({
  dataset: 'synthetic/n10000-s7',
  count: 10_000,
  ready: [1600, 1700, 1800],
  loadFloor: [900, 1000, 1100],
  interactions: [16, 32, 40, 48, 72],
  frameFloor: [16, 24, 24, 32, 40],
  fps: [49, 52, 55],
});
