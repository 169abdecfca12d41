import type { Browser } from '@playwright/test';
import { datasetQuery, measureFrameFloor, measureLoadFloor, type DatasetName } from './floors';
import { INTERACTIONS } from './interactions';
import { readLoadMetrics, type LoadMetrics } from './load-metrics';
import { countElements, measureHeap, measureInteractions, measurePlaybackFps, measureReady, openPage } from './measure';
import type { SizeResult } from './report';
import { summarise } from './stats';
import { measureTableSort } from './table-sort';

export interface DatasetPlan {
  dataset: DatasetName;
  /** Initiatives in it. */
  count: number;
  runs: number;
  /** The scripted interactions, playback and the frame floor (the curated dataset measures its load only). */
  interactions: boolean;
  /** The dataset's folder, to sort the table once after the runs (synthetic datasets only). */
  tableSortDir?: string;
}

/** Where the app's build and the floor pages are served. */
export interface Bases {
  app: string;
  floor: string;
}

/**
 * Measures one dataset: `runs` rounds, each the app (ready, load metrics, elements, heap, the
 * scripted interactions, playback) and its floors (load floor, then the frame floor at the app's
 * element count), the app first in even rounds and the floors first in odd ones, so neither side
 * always loads right after the other's teardown; each page in a fresh context.
 */
export async function measureDataset(browser: Browser, bases: Bases, plan: DatasetPlan, log: (line: string) => void): Promise<SizeResult> {
  const ready: number[] = [];
  const heap: number[] = [];
  const latency: number[] = [];
  const fps: number[] = [];
  const elements: number[] = [];
  const loads: LoadMetrics[] = [];
  const loadFloor: number[] = [];
  const frameFloor: number[] = [];
  const skipped = new Set<string>();
  const byInteraction = new Map<string, number[]>();
  const label = plan.dataset ?? 'curated';

  const measureApp = async () => {
    const page = await openPage(browser);
    ready.push(await measureReady(page, `${bases.app}/${datasetQuery(plan.dataset)}`));
    loads.push(await readLoadMetrics(page, ready.at(-1)!));
    elements.push(await countElements(page));
    heap.push(await measureHeap(page));
    if (plan.interactions) {
      const measured = await measureInteractions(page);
      latency.push(...measured.durations);
      for (const [name, ms] of measured.named) byInteraction.set(name, [...(byInteraction.get(name) ?? []), ms]);
      measured.skipped.forEach((s) => skipped.add(s));
      fps.push(await measurePlaybackFps(page));
    }
    await page.close();
  };
  const measureFloors = async () => {
    loadFloor.push(await measureLoadFloor(browser, bases.floor, plan.dataset));
    // The same page every round: as many elements as the app had at ready in its first round.
    if (plan.interactions) frameFloor.push(...(await measureFrameFloor(browser, bases.floor, elements[0]!, INTERACTIONS.length)));
  };

  for (let run = 0; run < plan.runs; run++) {
    for (const step of run % 2 === 0 ? [measureApp, measureFloors] : [measureFloors, measureApp]) await step();
    log(`  ${label} run ${run + 1}/${plan.runs}: ready ${Math.round(ready.at(-1)!)} ms, load floor ${Math.round(loadFloor.at(-1)!)} ms (${(ready.at(-1)! / loadFloor.at(-1)!).toFixed(2)}x)`);
  }

  let tableSort: SizeResult['tableSort'];
  if (plan.tableSortDir) {
    const page = await openPage(browser);
    await measureReady(page, `${bases.app}/${datasetQuery(plan.dataset)}`);
    tableSort = await measureTableSort(page, plan.tableSortDir);
    await page.close();
    log(`  ${label} table sort: ${tableSort.map((s) => `${s.column} ${Math.round(s.ms)} ms`).join(', ')}`);
  }

  return {
    dataset: label,
    count: plan.count,
    tableSort,
    readyMs: summarise(ready),
    interactionMs: summarise(latency),
    playbackFps: summarise(fps),
    heapMb: summarise(heap.map((b) => b / 1024 / 1024)),
    elements: summarise(elements),
    load: {
      firstViewMs: summarise(loads.map((l) => l.firstViewMs).filter(Number.isFinite)),
      lcpMs: summarise(loads.map((l) => l.lcpMs).filter(Number.isFinite)),
      tbtMs: summarise(loads.map((l) => l.tbtMs)),
      longTasks: summarise(loads.map((l) => l.longTasks)),
    },
    floors: {
      loadMs: summarise(loadFloor),
      readyRatios: ready.map((ms, i) => ms / loadFloor[i]!),
      frameMs: summarise(frameFloor),
      elements: elements[0] ?? NaN,
    },
    interactionsPerRun: plan.interactions ? INTERACTIONS.length - skipped.size : 0,
    skippedInteractions: [...skipped],
    slowest: [...byInteraction]
      .map(([name, ms]) => ({ name, medianMs: summarise(ms).median }))
      .sort((a, b) => b.medianMs - a.medianMs)
      .slice(0, 6),
  };
}
