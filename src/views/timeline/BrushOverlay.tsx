import type { KeyboardEvent } from 'react';
import { isRangeSet, moveHandle, type BrushSide, type DayRange } from './brush';
import { formatDay } from './format-time';
import { dayToX, type TimeScale } from './time-scale';

interface BrushOverlayProps {
  scale: TimeScale;
  range: DayRange;
  /** While a drag or keys change the range and the other views have not caught up: shows the dates on the band. */
  changing: boolean;
  top: number;
  height: number;
  /** How far above the lanes the dates label sits, and the room it takes, in px. */
  labelRise: number;
  labelWidth: number;
  onKeyMove(range: DayRange): void;
  onKeysDone(): void;
}

const SIDES: Array<{ side: BrushSide; label: string; open: string }> = [
  { side: 'from', label: 'Start of the date range', open: 'no start limit' },
  { side: 'to', label: 'End of the date range', open: 'no end limit' },
];

/**
 * The brushed range as a band, and a handle at each end. The handles are sliders: Left/Right move
 * a month, Shift or Page keys a year, Home/End to the edge of the axis (removing that limit).
 */
export function BrushOverlay({ scale, range, changing, top, height, labelRise, labelWidth, onKeyMove, onKeysDone }: BrushOverlayProps) {
  const { domain } = scale;
  const x = { from: dayToX(scale, range.from ?? domain.start), to: dayToX(scale, (range.to ?? domain.end) + 1) };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, side: BrushSide) => {
    const next = moveHandle(range, side, event.key, event.shiftKey, domain);
    if (!next) return;
    event.preventDefault();
    onKeyMove(next);
  };

  return (
    <>
      {isRangeSet(range) && <div className="tl-brush-band" style={{ left: x.from, width: Math.max(2, x.to - x.from), top, height }} />}
      {changing && (
        <div className="tl-brush-label" style={{ left: Math.min(Math.max(x.from, scale.x0), scale.x1 - labelWidth), top: top - labelRise }} aria-hidden="true">
          {range.from === null ? 'Start' : formatDay(range.from)} – {range.to === null ? 'end' : formatDay(range.to)}
        </div>
      )}
      {SIDES.map(({ side, label, open }) => {
        const value = range[side];
        return (
          <div
            key={side}
            className={`tl-handle ${side}${value === null ? ' open' : ''}`}
            style={{ left: x[side], top, height }}
            data-brush-side={side}
            role="slider"
            tabIndex={0}
            aria-label={label}
            aria-orientation="horizontal"
            aria-valuemin={domain.start}
            aria-valuemax={domain.end}
            aria-valuenow={value ?? (side === 'from' ? domain.start : domain.end)}
            aria-valuetext={value === null ? open : formatDay(value)}
            title={`${label}: ${value === null ? open : formatDay(value)}. Drag, or use the arrow keys (Shift: a year).`}
            onKeyDown={(event) => onKeyDown(event, side)}
            onBlur={onKeysDone}
          >
            <span className="tl-grip" aria-hidden="true" />
          </div>
        );
      })}
    </>
  );
}
