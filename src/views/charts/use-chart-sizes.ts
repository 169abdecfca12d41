import { useMemo } from 'react';
import { useProjectorScale } from '../use-projector-scale';
import { chartSizes, type ChartSizes } from './chart-sizes';

/** The charts' lengths and fonts: the screen's, or scaled up while presenting. */
export function useChartSizes(): ChartSizes {
  const factor = useProjectorScale();
  return useMemo(() => chartSizes(factor), [factor]);
}
