import type { Initiative } from '../../../src/data/schema';
import { buildDatasetIndex, type IndexedInitiative } from '../../../src/model/dataset-index';
import { realDataset } from '../../real-dataset';

/** The curated dataset's index: 6 initiatives, 5 dated between Nov 2020 and Feb 2025, Schneider undated. */
export const curated = buildDatasetIndex(realDataset());

/** A row for hand-made cases: only what the timeline reads. */
export function row(id: string, date: Initiative['date'], sectors: string[] = ['energy-storage']): IndexedInitiative {
  const dataset = { ...realDataset(), initiatives: [{ ...realDataset().initiatives[2]!, id, date, sectors }] };
  return buildDatasetIndex(dataset).rows[0]!;
}
