import { useMemo, useState, type PointerEvent } from 'react';
import type { IndexedInitiative } from '../../model/dataset-index';
import { useFormatter } from '../../i18n/use-formatter';
import { BrushOverlay } from './BrushOverlay';
import { isRangeSet, type DayRange } from './brush';
import { DensityCanvas } from './DensityCanvas';
import { columnAt, columnCounts, columnMax, monthsPerColumnFor, type DensityFrame } from './draw-density';
import { PlayheadLine } from './PlayheadLine';
import { SparseMarks } from './SparseMarks';
import type { TimelineBins } from './timeline-bins';
import { laneKeysOf, type Lane, type LaneAttribute } from './timeline-lanes';
import type { TimelineSizes } from './timeline-sizes';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineTooltip, type Tip } from './TimelineTooltip';
import { dayToX, monthIndexOf, type TimeDomain, type TimeScale } from './time-scale';
import { useElementSize } from '../use-element-size';
import { useReportDrawn } from '../ready-marks';
import { useBrush } from './use-brush';
import { useFittedLanes } from './use-fitted-lanes';
import { usePixelRatio } from './use-pixel-ratio';

/** The line under a slide's lanes saying how many did not fit, in lane-label heights. */
const MORE_LINE_EMS = 1.6;

interface TimelinePlotProps {
  rows: readonly IndexedInitiative[];
  lanes: readonly Lane[];
  attribute: LaneAttribute;
  laneNoun: string;
  /** The lanes' noun in the plural ("sectors"), for the line saying how many did not fit on a slide. */
  lanePlural: string;
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
  /** Lengths and fonts in CSS px: the screen's, or scaled for the projector. */
  sizes: TimelineSizes;
  /** Whether the plot has a height of its own to fit the lanes in (presenting), rather than growing with them. */
  fitHeight: boolean;
}

/** The time axis with one lane per group: marks or counts, the brush, the playhead and a tooltip. */
export function TimelinePlot(props: TimelinePlotProps) {
  const { rows, lanes, attribute, laneNoun, lanePlural, domain, bins, dense, range, playhead, selectedId, onSelect, onBrush, liveBrush, fitHeight } = props;
  const format = useFormatter();
  const { top, gutter } = props.sizes;
  const [wrapper, { width, height: boxHeight, hidden: panelHidden }] = useElementSize<HTMLDivElement>();
  // Drawn once it has a width; or at once when it has no box at all (its panel hidden by the layout,
  // which it may stay all along): ready must not wait for it.
  useReportDrawn('timeline', width > 0 || panelHidden);
  const scale = useMemo<TimeScale>(
    () => ({ domain, x0: gutter, x1: Math.max(gutter + props.sizes.minPlotWidth, width - props.sizes.right) }),
    [domain, width, gutter, props.sizes],
  );
  const room = fitHeight ? boxHeight - top - props.sizes.axis : 0;
  const { sizes, sparse, laneLayouts, hidden } = useFittedLanes({ rows, lanes, attribute, scale, dense, sizes: props.sizes, room, moreLine: MORE_LINE_EMS * props.sizes.laneFont, selectedId });
  const lanesHeight = laneLayouts.reduce((sum, l) => sum + l.height, 0);
  const axisTop = top + lanesHeight;
  const height = axisTop + sizes.axis;
  const brush = useBrush(scale, range, onBrush, liveBrush);
  const [hoverTip, setHoverTip] = useState<Tip | null>(null);
  const [focusTip, setFocusTip] = useState<Tip | null>(null);
  const tip = hoverTip ?? focusTip;

  const lastMonth = playhead === null ? null : monthIndexOf(playhead);
  const monthsPerColumn = monthsPerColumnFor(scale, bins, sizes.minColumn);
  const max = useMemo(() => (dense ? columnMax(bins, monthsPerColumn) : 0), [dense, bins, monthsPerColumn]);
  const pixelRatio = usePixelRatio();
  const frame = useMemo<DensityFrame>(
    () => ({ bins, lanes: laneLayouts, scale, top, range: brush.shown, lastMonth, monthsPerColumn, max, sizes, pixelRatio }),
    [bins, laneLayouts, scale, top, brush.shown, lastMonth, monthsPerColumn, max, sizes, pixelRatio],
  );
  const selectedRings = useMemo(() => {
    const row = rows.find((r) => r.initiative.id === selectedId);
    if (!dense || !row || row.start === null || row.end === null || (playhead !== null && row.start > playhead)) return [];
    const x = (dayToX(scale, row.start) + dayToX(scale, row.end + 1)) / 2;
    const keys = new Set(laneKeysOf(row, attribute));
    return laneLayouts.filter((l) => keys.has(l.lane.key)).map((l) => ({ x, y: top + l.y + l.height / 2 }));
  }, [dense, rows, selectedId, playhead, scale, attribute, laneLayouts, top]);

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
      y: top + hit.layout.y + hit.layout.height / 2,
      content: { kind: 'bin', laneLabel: hit.layout.lane.label, month: hit.month, months: monthsPerColumn, stated: counts.stated, inferred: counts.inferred, yearOnly: yearOnlyCount },
    });
  };

  const canvasLabel = format.t('timeline.canvas.label', { count: rows.length, n: format.count(rows.length), noun: laneNoun });
  return (
    <>
      <TimelineLegend dense={dense} monthsPerColumn={monthsPerColumn} max={max} rangeSet={isRangeSet(range)} sizes={sizes} />
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
            <TimelineAxis scale={scale} lanes={laneLayouts} top={top} axisTop={axisTop} width={width} height={height} sizes={sizes} />
            {sparse ? (
              <SparseMarks
                layout={sparse}
                top={top}
                width={width}
                height={height}
                range={brush.shown}
                playhead={playhead}
                selectedId={selectedId}
                laneNoun={laneNoun}
                onSelect={onSelect}
                onTip={(next, source) => (source === 'hover' ? setHoverTip : setFocusTip)(next)}
                wasDrag={brush.wasDrag}
                sizes={sizes}
              />
            ) : (
              <DensityCanvas frame={frame} width={width} height={height} selected={selectedRings} label={canvasLabel} sizes={sizes} />
            )}
            {playhead !== null && <PlayheadLine scale={scale} playhead={playhead} top={top} height={lanesHeight} sizes={sizes} />}
            <BrushOverlay
              scale={scale}
              range={brush.shown}
              changing={brush.changing}
              top={top}
              height={lanesHeight + sizes.axis}
              labelRise={sizes.playheadRise}
              labelWidth={sizes.brushLabelWidth}
              onKeyMove={brush.onKeyMove}
              onKeysDone={brush.onKeysDone}
            />
            {hidden > 0 && (
              <p className="tl-more" style={{ top: height, fontSize: sizes.laneFont, paddingLeft: gutter }}>
                {format.t('timeline.lanes.moreNotShown', { n: format.count(hidden), noun: hidden === 1 ? laneNoun : lanePlural })}
              </p>
            )}
            {tip && <TimelineTooltip tip={tip} plotWidth={width} plotHeight={height} sizes={sizes} />}
          </>
        )}
      </div>
    </>
  );
}
