import type { Initiative } from '../../../src/data/schema';
import { createFormatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { buildDatasetIndex, type IndexedInitiative } from '../../../src/model/dataset-index';
import { realDataset } from '../../real-dataset';

/** The curated dataset's index: 6 initiatives, 5 dated between Nov 2020 and Feb 2025, Schneider undated. */
export const curated = buildDatasetIndex(realDataset());

/** A row for hand-made cases: only what the timeline reads. */
export function row(id: string, date: Initiative['date'], sectors: string[] = ['energy-storage']): IndexedInitiative {
  const dataset = { ...realDataset(), initiatives: [{ ...realDataset().initiatives[2]!, id, date, sectors }] };
  return buildDatasetIndex(dataset).rows[0]!;
}

/** The timeline's text in English and in Chinese, as the components get it from useFormatter(). */
export const english = createFormatter('en', i18n.getFixedT('en'));
export async function chinese() {
  await loadLocale('zh');
  return createFormatter('zh', i18n.getFixedT('zh'));
}
