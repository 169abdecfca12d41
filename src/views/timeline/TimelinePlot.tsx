import { useMemo, useRef, useState, type PointerEvent } from 'react';
import type { IndexedInitiative } from '../../lib/dataset-index';
import { formatCount } from '../../lib/labels';
import { BrushOverlay } from './BrushOverlay';
import { isRangeSet, type DayRange } from './brush';
import { DensityCanvas } from './DensityCanvas';
import { columnAt, columnCounts, columnMax, monthsPerColumnFor, type DensityFrame } from './draw-density';
import { PlayheadLine } from './PlayheadLine';
import { SparseMarks } from './SparseMarks';
import { layoutMarks, stackLanes, type LaneLayout } from './timeline-marks';
import type { TimelineBins } from './timeline-bins';
import { laneKeysOf, type Lane, type LaneAttribute } from './timeline-lanes';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineTooltip, type Tip } from './TimelineTooltip';
import { dayToX, monthIndexOf, type TimeDomain, type TimeScale } from './time-scale';
import { useBrush } from './use-brush';
import { useElementWidth } from './use-element-width';

interface TimelinePlotProps {
  rows: readonly IndexedInitiative[];
  lanes: readonly Lane[];
  attribute: LaneAttribute;
  laneNoun: string;
  domain: TimeDomain;
  bins: TimelineBins;
  dense: boolean;
  range: DayRange;
  playhead: number | null;
  selectedId: string | null;
  onSelect(id: string | null): void;
  onBrush(range: DayRange, replace: boolean): void;
  /** Whether the other views follow a drag as it happens (small datasets) or when it ends. */
  liveBrush: boolean;
}

/** Left gutter for lane labels, right margin, space above the lanes for the playhead label, axis strip. */
const GUTTER = 214;
const RIGHT = 16;
const TOP = 22;
const AXIS = 30;
const DENSE_LANE = 28;

/** The time axis with one lane per group: marks or counts, the brush, the playhead and a tooltip. */
export function TimelinePlot(props: TimelinePlotProps) {
  const { rows, lanes, attribute, laneNoun, domain, bins, dense, range, playhead, selectedId, onSelect, onBrush, liveBrush } = props;
  const wrapper = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapper);
  const scale = useMemo<TimeScale>(() => ({ domain, x0: GUTTER, x1: Math.max(GUTTER + 120, width - RIGHT) }), [domain, width]);
  const sparse = useMemo(() => (dense ? null : layoutMarks(rows, lanes, attribute, scale)), [dense, rows, lanes, attribute, scale]);
  const laneLayouts: readonly LaneLayout[] = useMemo(() => sparse?.lanes ?? stackLanes(lanes, DENSE_LANE), [sparse, lanes]);
  const lanesHeight = laneLayouts.reduce((sum, l) => sum + l.height, 0);
  const axisTop = TOP + lanesHeight;
  const height = axisTop + AXIS;
  const brush = useBrush(scale, range, onBrush, liveBrush);
  const [hoverTip, setHoverTip] = useState<Tip | null>(null);
  const [focusTip, setFocusTip] = useState<Tip | null>(null);
  const tip = hoverTip ?? focusTip;

  const lastMonth = playhead === null ? null : monthIndexOf(playhead);
  const monthsPerColumn = monthsPerColumnFor(scale, bins);
  const max = useMemo(() => (dense ? columnMax(bins, monthsPerColumn) : 0), [dense, bins, monthsPerColumn]);
  const frame = useMemo<DensityFrame>(
    () => ({ bins, lanes: laneLayouts, scale, top: TOP, range: brush.shown, lastMonth, monthsPerColumn, max }),
    [bins, laneLayouts, scale, brush.shown, lastMonth, monthsPerColumn, max],
  );
  const selectedRings = useMemo(() => {
    const row = rows.find((r) => r.initiative.id === selectedId);
    if (!dense || !row || row.start === null || row.end === null || (playhead !== null && row.start > playhead)) return [];
    const x = (dayToX(scale, row.start) + dayToX(scale, row.end + 1)) / 2;
    const keys = new Set(laneKeysOf(row, attribute));
    return laneLayouts.filter((l) => keys.has(l.lane.key)).map((l) => ({ x, y: TOP + l.y + l.height / 2 }));
  }, [dense, rows, selectedId, playhead, scale, attribute, laneLayouts]);

  const onHover = (event: PointerEvent<HTMLDivElement>) => {
    brush.onPointerMove(event);
    if (!dense) return;
    const box = event.currentTarget.getBoundingClientRect();
    const [x, y] = [event.clientX - box.left, event.clientY - box.top];
    const hit = event.buttons === 0 ? columnAt(frame, x, y) : null;
    const lane = hit && bins.lanes.get(hit.layout.lane.key);
    if (!hit || !lane || (lastMonth !== null && hit.month > lastMonth)) return setHoverTip(null);
    const last = (lastMonth ?? Infinity) - bins.firstMonth;
    const counts = columnCounts(lane, hit.month - bins.firstMonth, monthsPerColumn, last);
    const yearOnlyCount = lane.yearOnly[Math.floor((hit.month - bins.firstMonth) / 12)]!;
    setHoverTip({
      x0: x,
      x1: x,
      y: TOP + hit.layout.y + hit.layout.height / 2,
      content: { kind: 'bin', laneLabel: hit.layout.lane.label, month: hit.month, months: monthsPerColumn, stated: counts.stated, inferred: counts.inferred, yearOnly: yearOnlyCount },
    });
  };

  const canvasLabel = `Initiatives per month in each ${laneNoun} lane, ${formatCount(rows.length)} initiatives; the table below gives the counts per year.`;
  return (
    <>
      <TimelineLegend dense={dense} monthsPerColumn={monthsPerColumn} max={max} rangeSet={isRangeSet(range)} />
      <div
        ref={wrapper}
        className="tl-plot"
        style={{ height }}
        onPointerDown={brush.onPointerDown}
        onPointerMove={onHover}
        onPointerUp={brush.onPointerUp}
        onPointerCancel={brush.onPointerUp}
        onPointerLeave={() => setHoverTip(null)}
      >
        {width > 0 && (
          <>
            <TimelineAxis scale={scale} lanes={laneLayouts} top={TOP} axisTop={axisTop} width={width} height={height} />
            {sparse ? (
              <SparseMarks
                layout={sparse}
                top={TOP}
                width={width}
                height={height}
                range={brush.shown}
                playhead={playhead}
                selectedId={selectedId}
                laneNoun={laneNoun}
                onSelect={onSelect}
                onTip={(next, source) => (source === 'hover' ? setHoverTip : setFocusTip)(next)}
                wasDrag={brush.wasDrag}
              />
            ) : (
              <DensityCanvas frame={frame} width={width} height={height} selected={selectedRings} label={canvasLabel} />
            )}
            {playhead !== null && <PlayheadLine scale={scale} playhead={playhead} top={TOP} height={lanesHeight} />}
            <BrushOverlay scale={scale} range={brush.shown} changing={brush.changing} top={TOP} height={lanesHeight + AXIS} onKeyMove={brush.onKeyMove} onKeysDone={brush.onKeysDone} />
            {tip && <TimelineTooltip tip={tip} plotWidth={width} plotHeight={height} />}
          </>
        )}
      </div>
    </>
  );
}
