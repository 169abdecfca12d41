import type { DataProblem } from './data-problem';
import type { Dataset } from './dataset';

/** Where each file's records are reported (paths as in problems). */
export interface RecordFiles {
  organisations: string;
  sectors: string;
  sources: string;
}

/**
 * Organisations no initiative names (as a party or a person's organisation), sectors no initiative
 * is in, and sources nothing cites: warnings, never errors (a record may be waiting for its first
 * initiative), one per record in the file's order.
 */
export function findUnusedRecords(dataset: Dataset, files: RecordFiles): DataProblem[] {
  const organisations = new Set<string>();
  const sectors = new Set<string>();
  const sources = new Set<string>();
  for (const initiative of dataset.initiatives) {
    for (const party of initiative.parties) organisations.add(party.organisation);
    for (const person of initiative.people) if (person.organisation) organisations.add(person.organisation);
    for (const sector of initiative.sectors) sectors.add(sector);
    for (const ref of initiative.sources) sources.add(ref.source);
  }
  for (const organisation of dataset.organisations.values()) for (const ref of organisation.sources) sources.add(ref.source);
  const warnings: DataProblem[] = [];
  for (const { id } of dataset.organisations.values()) {
    if (!organisations.has(id)) warnings.push({ file: files.organisations, recordId: id, field: '', message: 'no initiative names this organisation', code: 'unusedOrganisation' });
  }
  for (const { id } of dataset.sectors.values()) {
    if (!sectors.has(id)) warnings.push({ file: files.sectors, recordId: id, field: '', message: 'no initiative is in this sector', code: 'unusedSector' });
  }
  for (const { id } of dataset.sources.values()) {
    if (!sources.has(id)) warnings.push({ file: files.sources, recordId: id, field: '', message: 'no initiative or organisation cites this source', code: 'unusedSource' });
  }
  return warnings;
}
