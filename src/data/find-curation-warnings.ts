import type { DataProblem } from './data-problem';
import type { Dataset } from './dataset';
import { findLookAlikeOrganisations } from './find-look-alike-organisations';
import { findUnusedRecords, type RecordFiles } from './find-unused-records';

/**
 * What a curator should look at though nothing is wrong by the schema: records nothing uses and
 * organisations that look entered twice. Warnings: data:check prints them and still passes.
 */
export function findCurationWarnings(dataset: Dataset, files: RecordFiles): DataProblem[] {
  return [...findUnusedRecords(dataset, files), ...findLookAlikeOrganisations(files.organisations, dataset.organisations.values())];
}
