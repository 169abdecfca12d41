import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementSize } from '../../src/views/use-element-size';

function Measured() {
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  return (
    <div ref={box} style={{ padding: '4px 10px', borderLeft: '2px solid' }}>
      <span data-testid="size">{`${width}x${height}`}</span>
    </div>
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

  it('then follows the ResizeObserver, and is 0 x 0 when the element has no box yet', () => {
    const report = installManualResizeObserver();
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 0, height: 0 } as DOMRect);
    render(<Measured />);
    expect(screen.getByTestId('size')).toHaveTextContent('0x0');
    act(() => report(500.9, 120.2));
    expect(screen.getByTestId('size')).toHaveTextContent('500x120');
  });
});
