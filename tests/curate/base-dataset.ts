import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BaseDataset } from '../../src/curate/curate-types';
import { readBaseDataset } from '../../src/curate/read-base-dataset';

/** The dataset folder read as the editor reads it (the browser fetches; here, the disk). */
export const readBaseFromDisk = (dir = 'data'): Promise<BaseDataset> =>
  readBaseDataset(async (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : null));
