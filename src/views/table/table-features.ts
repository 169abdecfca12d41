import { columnResizingFeature, columnSizingFeature, columnVisibilityFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

/**
 * What the table uses of TanStack Table: sorting state only (the rows come sorted from the store,
 * `manualSorting`), column widths with resizing, and hiding columns. Module scope: the features
 * object must stay the same between renders.
 */
export const TABLE_FEATURES = tableFeatures({ rowSortingFeature, columnSizingFeature, columnResizingFeature, columnVisibilityFeature });
export type TableFeatureSet = typeof TABLE_FEATURES;
