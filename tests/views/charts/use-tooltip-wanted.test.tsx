import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { useTooltipWanted, WhenWanted } from '../../../src/views/charts/use-tooltip-wanted';

/** How many times the chart itself has rendered (counted after each commit of it). */
const counted = { chartRenders: 0 };

function Chart() {
  const [wanted, handlers] = useTooltipWanted();
  useEffect(() => {
    counted.chartRenders += 1;
  });
  return (
    <div data-testid="box" {...handlers}>
      <button type="button">bar</button>
      <WhenWanted wanted={wanted}>{() => <p>tooltip</p>}</WhenWanted>
    </div>
  );
}

describe(useTooltipWanted, () => {
  it('draws the tooltip from the first time the pointer enters the chart, and redraws only it', () => {
    counted.chartRenders = 0;
    render(<Chart />);
    expect(screen.queryByText('tooltip')).toBeNull();
    act(() => void fireEvent.pointerEnter(screen.getByTestId('box')));
    expect(screen.getByText('tooltip')).toBeInTheDocument();
    expect(counted.chartRenders).toBe(1);
    act(() => void fireEvent.pointerLeave(screen.getByTestId('box')));
    expect(screen.getByText('tooltip')).toBeInTheDocument();
  });

  it('draws it when something in the chart takes keyboard focus', () => {
    render(<Chart />);
    expect(screen.queryByText('tooltip')).toBeNull();
    act(() => screen.getByRole('button', { name: 'bar' }).focus());
    expect(screen.getByText('tooltip')).toBeInTheDocument();
  });
});
