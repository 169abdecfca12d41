import type { Dataset } from '../data/dataset';
import type { OrganisationKind } from '../data/schema';
import type { Locale } from '../i18n/locale';
import { compareLabels } from './aggregate-categories';
import type { DatasetIndex, IndexedInitiative } from '../model/dataset-index';

/** The partner kinds that count as companies; every other kind is a counterpart (government, park, institution). */
export const COMPANY_KINDS: ReadonlySet<OrganisationKind> = new Set(['multinational-company', 'state-owned-enterprise', 'private-company']);

/** An organisation on one axis, by id: the view names it in the display language. */
export interface MatrixAxisItem {
  id: string;
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
  /** The name an organisation is shown with, to order those of equal count; the id when absent. */
  labelOf?: (id: string) => string;
  /** The language of those names, for their order. */
  locale?: Locale;
}

function topIds(
  candidates: readonly string[],
  totalOf: (id: string) => number,
  limit: number,
  keep: readonly string[],
  label: (id: string) => string,
  compare: (a: string, b: string) => number,
): string[] {
  const byRank = (a: string, b: string) => totalOf(b) - totalOf(a) || compare(label(a), label(b)) || compare(a, b);
  const ids = [...candidates].sort(byRank).slice(0, limit);
  for (const id of keep) if (!ids.includes(id)) ids.push(id);
  return ids.sort(byRank);
}

const COMPANY = 1;
const COUNTERPART = 2;

/**
 * Who works with whom: companies (rows) against the governments, parks and institutions they sign
 * with (columns), the busiest `rows` x `columns`. A cell counts initiatives naming both.
 */
export function toPairMatrix(index: DatasetIndex, context: readonly IndexedInitiative[], dataset: Dataset, options: PairMatrixOptions = {}): PairMatrix {
  const { rows = 10, columns = 10, keep = [], labelOf = (id: string) => id, locale } = options;
  const compare = compareLabels(locale);
  const kindOf = (id: string) => dataset.organisations.get(id)?.kind;
  const partners = index.codebooks.partners;
  // Per partner code: COMPANY, COUNTERPART, or 0 for an organisation the dataset does not know.
  const side = new Uint8Array(partners.size);
  partners.values.forEach((id, code) => {
    const kind = kindOf(id);
    if (kind) side[code] = COMPANY_KINDS.has(kind) ? COMPANY : COUNTERPART;
  });
  const isPaired = (codes: readonly number[]): boolean => {
    let seen = 0;
    for (const code of codes) seen |= side[code]!;
    return seen === (COMPANY | COUNTERPART);
  };
  // Initiatives per organisation, counting only paired initiatives (a code is on one side only).
  const totals = new Int32Array(partners.size);
  let paired = 0;
  for (const row of context) {
    if (!isPaired(row.partners)) continue;
    paired++;
    for (const code of row.partners) totals[code]! += 1;
  }
  const totalOf = (id: string) => {
    const code = partners.codeOf(id);
    return code === undefined ? 0 : totals[code]!;
  };
  const withPairs = (wanted: number) => partners.values.filter((_, code) => side[code] === wanted && totals[code]! > 0);
  const companyIds = withPairs(COMPANY);
  const counterpartIds = withPairs(COUNTERPART);
  const keepCompanies = keep.filter((id) => { const k = kindOf(id); return k !== undefined && COMPANY_KINDS.has(k); });
  const keepCounterparts = keep.filter((id) => { const k = kindOf(id); return k !== undefined && !COMPANY_KINDS.has(k); });
  const rowIds = topIds(companyIds, totalOf, rows, keepCompanies, labelOf, compare);
  const columnIds = topIds(counterpartIds, totalOf, columns, keepCounterparts, labelOf, compare);
  // Per partner code: its row (or column) in the matrix, or -1.
  const place = (ids: readonly string[]) => {
    const at = new Int16Array(partners.size).fill(-1);
    ids.forEach((id, i) => {
      const code = partners.codeOf(id);
      if (code !== undefined) at[code] = i;
    });
    return at;
  };
  const rowOf = place(rowIds);
  const columnOf = place(columnIds);
  const counts = rowIds.map(() => columnIds.map(() => 0));
  let max = 0;
  for (const row of context) {
    if (!isPaired(row.partners)) continue;
    for (const company of row.partners) {
      const r = rowOf[company]!;
      if (r < 0) continue;
      for (const counterpart of row.partners) {
        const c = columnOf[counterpart]!;
        if (c < 0) continue;
        const n = ++counts[r]![c]!;
        if (n > max) max = n;
      }
    }
  }
  const axisItem = (id: string): MatrixAxisItem => ({ id, kind: kindOf(id)!, total: totalOf(id) });
  const shownRows = new Set(rowIds);
  const shownColumns = new Set(columnIds);
  return {
    companies: rowIds.map(axisItem),
    counterparts: columnIds.map(axisItem),
    counts,
    max,
    paired,
    unpaired: context.length - paired,
    hiddenCompanies: companyIds.filter((id) => !shownRows.has(id)).length,
    hiddenCounterparts: counterpartIds.filter((id) => !shownColumns.has(id)).length,
  };
}
