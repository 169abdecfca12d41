import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementSize } from '../../src/views/use-element-size';

function Measured() {
  const [box, { width, height }] = useElementSize<HTMLDivElement>();
  return (
    <div ref={box} style={{ padding: '4px 10px', borderLeft: '2px solid' }}>
      <span data-testid="size">{`${width}x${height}`}</span>
    </div>
  );
}

/** The measured box drawn by a child that swaps it for something else and back, as a chart card does with its table. */
function Swapped({ box }: { box: (element: HTMLDivElement | null) => void }) {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown(!shown)}>
        swap
      </button>
      {shown ? <div ref={box} /> : <table />}
    </>
  );
}

function MeasuredByParent() {
  const [box, { width }] = useElementSize<HTMLDivElement>();
  return (
    <>
      <span data-testid="width">{width}</span>
      <Swapped box={box} />
    </>
  );
}

/** A ResizeObserver that reports only when the test says so, as a browser reports after layout, a frame later. */
function installManualResizeObserver() {
  const observers: { callback: ResizeObserverCallback; target?: Element }[] = [];
  class ManualResizeObserver {
    private readonly entry: (typeof observers)[number];
    constructor(callback: ResizeObserverCallback) {
      this.entry = { callback };
      observers.push(this.entry);
    }
    observe(target: Element) {
      this.entry.target = target;
    }
    unobserve() {}
    disconnect() {
      observers.splice(observers.indexOf(this.entry), 1);
    }
  }
  vi.stubGlobal('ResizeObserver', ManualResizeObserver);
  return (width: number, height: number) => {
    for (const { callback, target } of observers) {
      callback([{ target, contentRect: { width, height } } as ResizeObserverEntry], {} as ResizeObserver);
    }
  };
}

describe('useElementSize', () => {
  afterEach(() => vi.restoreAllMocks());
  afterEach(() => vi.unstubAllGlobals());

  it('knows the content box in the first frame, before any ResizeObserver report (less padding and border, whole pixels)', () => {
    installManualResizeObserver();
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 640.7, height: 300.4 } as DOMRect);
    render(<Measured />);
    // 640.7 - 10 - 10 - 2 = 618.7, 300.4 - 4 - 4 = 292.4
    expect(screen.getByTestId('size')).toHaveTextContent('618x292');
  });

  it('measures a new element each time one is given, when another component draws it and it comes and goes', () => {
    const report = installManualResizeObserver();
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 300, height: 100 } as DOMRect);
    render(<MeasuredByParent />);
    expect(screen.getByTestId('width')).toHaveTextContent('300');
    fireEvent.click(screen.getByRole('button', { name: 'swap' }));
    // Removed: the last size is kept, and the old element's observer is gone.
    act(() => report(0, 0));
    expect(screen.getByTestId('width')).toHaveTextContent('300');
    rect.mockReturnValue({ width: 420, height: 100 } as DOMRect);
    fireEvent.click(screen.getByRole('button', { name: 'swap' }));
    expect(screen.getByTestId('width')).toHaveTextContent('420');
    act(() => report(410, 100));
    expect(screen.getByTestId('width')).toHaveTextContent('410');
  });

  it('then follows the ResizeObserver, and is 0 x 0 when the element has no box yet', () => {
    const report = installManualResizeObserver();
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 0, height: 0 } as DOMRect);
    render(<Measured />);
    expect(screen.getByTestId('size')).toHaveTextContent('0x0');
    act(() => report(500.9, 120.2));
    expect(screen.getByTestId('size')).toHaveTextContent('500x120');
  });
});
