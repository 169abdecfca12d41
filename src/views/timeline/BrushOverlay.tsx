import type { KeyboardEvent } from 'react';
import type { Formatter } from '../../i18n/format';
import { useFormatter } from '../../i18n/use-formatter';
import { isRangeSet, moveHandle, type BrushSide, type DayRange } from './brush';
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

const SIDES = [
  { side: 'from', label: 'timeline.brush.start', open: 'timeline.brush.noStart' },
  { side: 'to', label: 'timeline.brush.end', open: 'timeline.brush.noEnd' },
] as const satisfies ReadonlyArray<{ side: BrushSide; label: string; open: string }>;

/** The dates on the band while it changes: "1 Jan 2021 – 31 Dec 2022", "2021年1月1日至2022年12月31日". */
function bandLabel(format: Formatter, range: DayRange): string {
  const { t } = format;
  const [from, to] = [range.from === null ? null : format.day(range.from), range.to === null ? null : format.day(range.to)];
  if (from !== null && to !== null) return t('timeline.brush.band', { from, to });
  if (from !== null) return t('timeline.brush.bandFrom', { from });
  if (to !== null) return t('timeline.brush.bandTo', { to });
  return t('timeline.brush.bandAll');
}

/**
 * The brushed range as a band, and a handle at each end. The handles are sliders: Left/Right move
 * a month, Shift or Page keys a year, Home/End to the edge of the axis (removing that limit).
 */
export function BrushOverlay({ scale, range, changing, top, height, labelRise, labelWidth, onKeyMove, onKeysDone }: BrushOverlayProps) {
  const format = useFormatter();
  const { t } = format;
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
          {bandLabel(format, range)}
        </div>
      )}
      {SIDES.map(({ side, label: labelKey, open }) => {
        const value = range[side];
        const label = t(labelKey);
        const valueText = value === null ? t(open) : format.day(value);
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
            aria-valuetext={valueText}
            title={t('timeline.brush.handleTitle', { label, value: valueText })}
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
