import { describe, expect, it } from 'vitest';
import { chartSizes, SCREEN_CHART_SIZES } from '../../../src/views/charts/chart-sizes';

describe(chartSizes, () => {
  it('keeps the screen sizes at 1 and scales bars, label column and fonts together on a projector, fonts never below its root size', () => {
    expect(SCREEN_CHART_SIZES).toMatchObject({ rowHeight: 30, barThickness: 22, labelWidth: 210, tickFont: 13, yearChartHeight: 300 });
    const big = chartSizes(1.512);
    expect(big.rowHeight).toBeCloseTo(45.36);
    expect(big.barThickness).toBeCloseTo(33.264);
    expect(big.labelWidth).toBeCloseTo(317.52);
    // 13px on screen is under the root size (15px): on the projector the fonts are its root size, 15 x 1.512 = 22.68, rounded up.
    expect(big.tickFont).toBe(23);
    expect(big.titleFont).toBe(23);
    expect(big.valueFont).toBe(23);
  });
});
