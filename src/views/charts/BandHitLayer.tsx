import { useRef, useState, type KeyboardEvent } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

export interface BandTarget {
  /** The category value on the band axis (the data's category key). */
  key: string;
  /** Read by screen readers: the category and its exact numbers. */
  label: string;
  pressed: boolean;
  /** Shown and read, but pressing does nothing (e.g. an "Others" bar). */
  disabled?: boolean;
}

export interface BandHitLayerProps {
  targets: readonly BandTarget[];
  /** The category axis: 'y' for horizontal bars, 'x' for columns. */
  axis: 'x' | 'y';
  /** Names the group of buttons, e.g. "Sectors". */
  label: string;
  onPress(key: string): void;
  /** Which target (by key) has keyboard focus, null when none, so the chart can show its tooltip. */
  onFocusChange?(key: string | null): void;
}

/** The two edges of a category's band, as recharts' band scale gives them. */
const BAND_START = { position: 'start' } as const;
const BAND_END = { position: 'end' } as const;

/** Above the bars and labels, below nothing: the whole band of a category is the click target. */
const HIT_LAYER_Z = 2500;

/**
 * Transparent buttons over each category band of a recharts bar chart: a bigger click target than
 * a thin bar, and keyboard operable as one tab stop (arrow keys move, Enter or Space presses).
 * Must be rendered inside the chart.
 */
export function BandHitLayer({ targets, axis, label, onPress, onFocusChange }: BandHitLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  /** The target that takes the tab stop (roving tabindex), by key so it survives re-sorting. */
  const [current, setCurrent] = useState<string | null>(null);
  const nodes = useRef<Array<SVGRectElement | null>>([]);
  const scale = axis === 'y' ? yScale : xScale;
  if (!scale || !plot || targets.length === 0) return null;
  const active = Math.max(0, targets.findIndex((t) => t.key === current));

  const move = (event: KeyboardEvent, index: number) => {
    const last = targets.length - 1;
    const forward = axis === 'y' ? 'ArrowDown' : 'ArrowRight';
    const back = axis === 'y' ? 'ArrowUp' : 'ArrowLeft';
    const next =
      event.key === forward ? Math.min(index + 1, last) : event.key === back ? Math.max(index - 1, 0) : event.key === 'Home' ? 0 : event.key === 'End' ? last : null;
    if (next !== null) {
      event.preventDefault();
      setCurrent(targets[next]!.key);
      nodes.current[next]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (!targets[index]!.disabled) onPress(targets[index]!.key);
    }
  };

  return (
    <ZIndexLayer zIndex={HIT_LAYER_Z}>
      <g role="toolbar" aria-label={label} aria-orientation={axis === 'y' ? 'vertical' : 'horizontal'} className="band-hit-layer">
        {targets.map((target, index) => {
          const start = scale(target.key, BAND_START);
          const end = scale(target.key, BAND_END);
          if (start === undefined || end === undefined) return null;
          const box = axis === 'y' ? { x: plot.x, y: start, width: plot.width, height: end - start } : { x: start, y: plot.y, width: end - start, height: plot.height };
          return (
            <rect
              key={target.key}
              ref={(node) => {
                nodes.current[index] = node;
              }}
              {...box}
              className="band-hit"
              fill="transparent"
              role="button"
              tabIndex={index === active ? 0 : -1}
              aria-label={target.label}
              aria-pressed={target.disabled ? undefined : target.pressed}
              aria-disabled={target.disabled || undefined}
              onClick={() => {
                setCurrent(target.key);
                if (!target.disabled) onPress(target.key);
              }}
              onKeyDown={(event) => move(event, index)}
              onFocus={(event) => {
                setCurrent(target.key);
                // Only keyboard focus opens the tooltip; after a click the mouse drives it.
                if (event.currentTarget.matches(':focus-visible')) onFocusChange?.(target.key);
              }}
              onBlur={() => onFocusChange?.(null)}
            />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
