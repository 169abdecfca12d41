import { createContext, useContext } from 'react';
import type { DraftCheck } from './check-draft';
import type { BaseDataset, CurateDraft } from './curate-types';
import type { GazetteerHit } from './search-names';

/** What every part of the editor reads: the dataset, the draft, its check, and the one way to change it. */
export interface CurateContextValue {
  base: BaseDataset;
  draft: CurateDraft;
  /** Changes the draft; changes with the same `group` in a row (typing in one field) are one undo step. */
  update: (change: (draft: CurateDraft) => CurateDraft, group?: string) => void;
  check: DraftCheck;
  /** Every source text the draft can quote: the archived ones and the pasted ones. */
  texts: ReadonlyMap<string, string>;
  gazetteer: readonly GazetteerHit[];
}

export const CurateContext = createContext<CurateContextValue | null>(null);

export function useCurate(): CurateContextValue {
  const value = useContext(CurateContext);
  if (!value) throw new Error('useCurate() is for the editor inside <CurateContext value>');
  return value;
}

/** The id of the control for a field of the initiative ("date.value" → "curate-date-value"), for labels and problem links. */
export const fieldId = (path: string) => `curate-${path.replace(/[^\w-]+/g, '-')}`;
