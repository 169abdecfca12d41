import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset';
import type { RowSorter } from '../derive/order-rows';
import type { DatasetIndex } from '../model/dataset-index';
import type { Snapshot, SnapshotSource } from './snapshot';
import type { Source } from './source';
import type { ViewStore } from './view-store';

/** What stays the same for the dashboard's life: the store, the dataset and its index. */
export interface DashboardCore {
  store: ViewStore;
  dataset: Dataset;
  index: DatasetIndex;
  snapshots: SnapshotSource;
  /** Puts filtered rows in the store's order (its word ranks built once per dataset and language). */
  sorter: RowSorter;
  /**
   * The derivation's status, published by DashboardProvider as each render commits. Not a context:
   * a context whose value changes makes React walk every component below it for readers, and this
   * one changes in the urgent render of every filter change (17 ms of a click's handling at
   * 100,000 initiatives); its three readers subscribe instead.
   */
  status: Source<DerivationStatus>;
}

/** Live facts about the derivation, for controls: whether the panels are behind the filters. */
export interface DerivationStatus {
  /** The panels are still being redrawn for the latest filters (the header's count is stale). */
  recounting: boolean;
  /** The search index is being built; a query matches nothing until it is ready. */
  indexing: boolean;
}

export const CoreContext = createContext<DashboardCore | null>(null);
export const SnapshotContext = createContext<Snapshot | null>(null);

function required<T>(value: T | null, hook: string): T {
  if (value === null) throw new Error(`${hook} must be used inside <DashboardProvider> (src/store/DashboardProvider.tsx), which <App> renders`);
  return value;
}

export function useCore(): DashboardCore {
  return required(useContext(CoreContext), 'useCore()');
}

export function useSnapshot(): Snapshot {
  return required(useContext(SnapshotContext), 'usePanel()');
}
