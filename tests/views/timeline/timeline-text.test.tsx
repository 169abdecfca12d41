import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { showLocale } from '../../../src/i18n/i18n';
import { TimelineLegend } from '../../../src/views/timeline/TimelineLegend';
import { TimelineTooltip, type Tip } from '../../../src/views/timeline/TimelineTooltip';
import { SCREEN_SIZES } from '../../../src/views/timeline/timeline-sizes';

// What the dense (canvas) timeline shows for 1,500 marks and more: its legend and the tooltip of a column of months.
const binTip = (months: number): Tip => ({
  x0: 300,
  x1: 300,
  y: 100,
  content: { kind: 'bin', laneLabel: '储能', month: 2021 * 12 + 9, months, stated: 12000, inferred: 345, yearOnly: 7 },
});

describe('the dense timeline’s legend and tooltip', () => {
  afterEach(() => showLocale('en'));

  it('reads as before in English, with dates in the one form', () => {
    render(<TimelineLegend dense monthsPerColumn={3} max={12345.4} rangeSet sizes={SCREEN_SIZES} />);
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'Bars: initiatives per quarter (tallest: 12,345)Pale: inferred dateHatched: known only to the year, spread over itPale grey: outside the date range',
    );
    render(<TimelineTooltip tip={{ ...binTip(3), content: { ...binTip(3).content, laneLabel: 'Energy storage' } }} plotWidth={800} plotHeight={400} sizes={SCREEN_SIZES} />);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Energy storage · Oct 2021 – Dec 2021');
    expect(screen.getByRole('tooltip')).toHaveTextContent('12,345 initiatives dated to the day or month (345 inferred)and 7 dated only to 2021');
  });

  it('reads Chinese, with counts in 万 and months as 2021年10月', async () => {
    await showLocale('zh');
    render(<TimelineLegend dense monthsPerColumn={3} max={12345.4} rangeSet sizes={SCREEN_SIZES} />);
    expect(screen.getByRole('list', { name: '图例' })).toHaveTextContent(
      '柱形：每季度的举措数（最高：1.2345万）浅色：推断日期斜线：仅知年份，均摊到该年各月浅灰：不在日期范围内',
    );
    const { rerender } = render(<TimelineTooltip tip={binTip(3)} plotWidth={800} plotHeight={400} sizes={SCREEN_SIZES} />);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('储能：2021年10月至2021年12月');
    expect(tip).toHaveTextContent('1.2345万项举措精确到日或月（其中345项为推断）');
    expect(tip).toHaveTextContent('另有7项仅知为2021年');
    rerender(<TimelineTooltip tip={binTip(1)} plotWidth={800} plotHeight={400} sizes={SCREEN_SIZES} />);
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^储能：2021年10月1.2345万项/);
    expect(screen.getByRole('tooltip').textContent).not.toMatch(/[A-Za-z]/);
  });

  it('names bars of other widths in Chinese', async () => {
    await showLocale('zh');
    const { rerender } = render(<TimelineLegend dense monthsPerColumn={12} max={3} rangeSet={false} sizes={SCREEN_SIZES} />);
    expect(screen.getByRole('list', { name: '图例' })).toHaveTextContent('柱形：每年的举措数（最高：3）');
    rerender(<TimelineLegend dense monthsPerColumn={5} max={3} rangeSet={false} sizes={SCREEN_SIZES} />);
    expect(screen.getByRole('list', { name: '图例' })).toHaveTextContent('柱形：每5个月的举措数（最高：3）');
  });
});
