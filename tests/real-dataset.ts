import { checkDatasetDir } from '../scripts/lib/read-dataset-dir';
import type { Dataset } from '../src/data/dataset';

let cached: Dataset | null = null;

/** The curated dataset in data/, read from disk and validated (for unit tests). */
export function realDataset(): Dataset {
  if (!cached) {
    const { result, problems } = checkDatasetDir('data');
    if (!result || problems.length) throw new Error(`data/ has problems: ${JSON.stringify(problems)}`);
    cached = result.dataset;
  }
  return cached;
}
