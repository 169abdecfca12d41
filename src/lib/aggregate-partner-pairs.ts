import type { Dataset } from '../data/dataset';
import type { OrganisationKind } from '../data/schema';
import type { IndexedInitiative } from './dataset-index';

/** The partner kinds that count as companies; every other kind is a counterpart (government, park, institution). */
export const COMPANY_KINDS: ReadonlySet<OrganisationKind> = new Set(['multinational-company', 'state-owned-enterprise', 'private-company']);

export interface MatrixAxisItem {
  id: string;
  label: string;
  kind: OrganisationKind;
  /** Initiatives pairing this organisation with at least one organisation on the other axis (shown or not). */
  total: number;
}

export interface PairMatrix {
  /** Rows, busiest first. */
  companies: MatrixAxisItem[];
  /** Columns, busiest first. */
  counterparts: MatrixAxisItem[];
  /** counts[row][column]: initiatives naming both that company and that counterpart. */
  counts: number[][];
  max: number;
  /** Initiatives in the context naming at least one company and one counterpart. */
  paired: number;
  /** Initiatives in the context with no such pair: company-only, company-with-company, or no company. */
  unpaired: number;
  /** Companies and counterparts with pairs that did not fit in the matrix. */
  hiddenCompanies: number;
  hiddenCounterparts: number;
}

export interface PairMatrixOptions {
  rows?: number;
  columns?: number;
  /** Organisation ids always shown (the selected pair), on whichever axis their kind belongs to. */
  keep?: readonly string[];
}

function topIds(totals: Map<string, number>, limit: number, keep: readonly string[], label: (id: string) => string): string[] {
  const byRank = (a: string, b: string) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || label(a).localeCompare(label(b));
  const ids = [...totals.keys()].sort(byRank).slice(0, limit);
  for (const id of keep) if (!ids.includes(id)) ids.push(id);
  return ids.sort(byRank);
}

/**
 * Who works with whom: companies (rows) against the governments, parks and institutions they sign
 * with (columns), the busiest `rows` x `columns`. A cell counts initiatives naming both.
 */
export function toPairMatrix(context: readonly IndexedInitiative[], dataset: Dataset, options: PairMatrixOptions = {}): PairMatrix {
  const { rows = 10, columns = 10, keep = [] } = options;
  const kindOf = (id: string) => dataset.organisations.get(id)?.kind;
  const label = (id: string) => dataset.organisations.get(id)?.name ?? id;
  const companyTotals = new Map<string, number>();
  const counterpartTotals = new Map<string, number>();
  const pairedRows: Array<{ companies: string[]; counterparts: string[] }> = [];
  for (const row of context) {
    const companies: string[] = [];
    const counterparts: string[] = [];
    for (const id of row.partners) {
      const kind = kindOf(id);
      if (!kind) continue;
      (COMPANY_KINDS.has(kind) ? companies : counterparts).push(id);
    }
    if (companies.length === 0 || counterparts.length === 0) continue;
    pairedRows.push({ companies, counterparts });
    for (const id of companies) companyTotals.set(id, (companyTotals.get(id) ?? 0) + 1);
    for (const id of counterparts) counterpartTotals.set(id, (counterpartTotals.get(id) ?? 0) + 1);
  }
  const keepCompanies = keep.filter((id) => { const k = kindOf(id); return k !== undefined && COMPANY_KINDS.has(k); });
  const keepCounterparts = keep.filter((id) => { const k = kindOf(id); return k !== undefined && !COMPANY_KINDS.has(k); });
  const rowIds = topIds(companyTotals, rows, keepCompanies, label);
  const columnIds = topIds(counterpartTotals, columns, keepCounterparts, label);
  const rowIndex = new Map(rowIds.map((id, i) => [id, i]));
  const columnIndex = new Map(columnIds.map((id, i) => [id, i]));
  const counts = rowIds.map(() => columnIds.map(() => 0));
  let max = 0;
  for (const { companies, counterparts } of pairedRows) {
    for (const company of companies) {
      const r = rowIndex.get(company);
      if (r === undefined) continue;
      for (const counterpart of counterparts) {
        const c = columnIndex.get(counterpart);
        if (c === undefined) continue;
        const n = ++counts[r]![c]!;
        if (n > max) max = n;
      }
    }
  }
  const axisItem = (totals: Map<string, number>) => (id: string): MatrixAxisItem => ({ id, label: label(id), kind: kindOf(id)!, total: totals.get(id) ?? 0 });
  return {
    companies: rowIds.map(axisItem(companyTotals)),
    counterparts: columnIds.map(axisItem(counterpartTotals)),
    counts,
    max,
    paired: pairedRows.length,
    unpaired: context.length - pairedRows.length,
    hiddenCompanies: [...companyTotals.keys()].filter((id) => !rowIndex.has(id)).length,
    hiddenCounterparts: [...counterpartTotals.keys()].filter((id) => !columnIndex.has(id)).length,
  };
}
