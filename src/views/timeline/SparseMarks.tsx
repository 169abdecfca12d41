import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useFormatter } from '../../i18n/use-formatter';
import { initiativeTitle } from '../../model/localised';
import { overlapsRange, type DayRange } from './brush';
import { DIMMED } from './draw-density';
import { precisionLabel } from './format-time';
import { markCentreY, type LaneLayout, type Mark, type SparseLayout } from './timeline-marks';
import type { TimelineSizes } from './timeline-sizes';
import type { Tip } from './TimelineTooltip';

interface SparseMarksProps {
  layout: SparseLayout;
  top: number;
  width: number;
  height: number;
  range: DayRange;
  playhead: number | null;
  selectedId: string | null;
  laneNoun: string;
  onSelect(id: string | null): void;
  /** Hover and keyboard focus each show a tooltip; the hovered one wins. */
  onTip(tip: Tip | null, source: 'hover' | 'focus'): void;
  /** True when the click ends a brush drag and must not select. */
  wasDrag(): boolean;
  sizes: TimelineSizes;
}

const OUTLINE = 'rgba(23, 33, 29, 0.6)';
const DIMMED_OUTLINE = '#b5bfba';
const HOLLOW = '#ffffff';
const FOCUS_RING = { className: 'tl-focus-ring' };
const SELECTED_RING = { className: 'tl-selected-ring' };
const NO_FILL = 'none';

/**
 * One SVG mark per initiative per lane: a point for a day, a bar across its month or year, hollow
 * when the date is inferred, grey outside the brushed range. One mark is in the tab order; the
 * arrow keys move through them in time order and Enter selects.
 */
export function SparseMarks({ layout, top, width, height, range, playhead, selectedId, laneNoun, onSelect, onTip, wasDrag, sizes }: SparseMarksProps) {
  const format = useFormatter();
  const { t, locale } = format;
  const svg = useRef<SVGSVGElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const lanes = useMemo(() => new Map(layout.lanes.map((l) => [l.lane.key, l])), [layout]);
  const visible = useMemo(
    () => (playhead === null ? layout.marks : layout.marks.filter((m) => m.row.start! <= playhead)),
    [layout, playhead],
  );
  const tabKey =
    (focusKey && visible.some((m) => m.key === focusKey) ? focusKey : null) ??
    visible.find((m) => m.row.initiative.id === selectedId)?.key ??
    visible[0]?.key;

  const tipFor = (mark: Mark, lane: LaneLayout): Tip => ({
    x0: mark.x0,
    x1: mark.x1,
    y: top + markCentreY(lane, mark.track, sizes),
    content: { kind: 'mark', mark, laneLabel: lane.lane.label },
  });

  const focusMark = (index: number) => {
    const mark = visible[Math.max(0, Math.min(visible.length - 1, index))];
    if (!mark) return;
    setFocusKey(mark.key);
    svg.current?.querySelector<SVGGElement>(`[data-key="${mark.key}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, mark: Mark) => {
    const at = visible.indexOf(mark);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: visible.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusMark(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(mark.row.initiative.id === selectedId ? null : mark.row.initiative.id);
    }
  };

  return (
    <svg
      ref={svg}
      className="tl-layer tl-marks"
      width={width}
      height={height}
      role="group"
      aria-label={t('timeline.marks.group', { noun: laneNoun })}
    >
      {visible.map((mark) => {
        const lane = lanes.get(mark.laneKey)!;
        const { initiative } = mark.row;
        const selected = initiative.id === selectedId;
        const title = initiativeTitle(initiative, locale);
        const label = t('timeline.marks.label', {
          title: title.translated ? t('timeline.marks.translatedTitle', { title: title.text }) : title.text,
          date: format.date(initiative.date),
          precision: precisionLabel(t, initiative.date.precision),
          lane: lane.lane.label,
        });
        return (
          <g
            key={mark.key}
            data-key={mark.key}
            className={overlapsRange(mark.row.start!, mark.row.end!, range) ? 'tl-mark' : 'tl-mark dimmed'}
            role="button"
            tabIndex={mark.key === tabKey ? 0 : -1}
            aria-pressed={selected}
            aria-label={label}
            onClick={() => {
              if (!wasDrag()) onSelect(selected ? null : initiative.id);
            }}
            onKeyDown={(event) => onKeyDown(event, mark)}
            onFocus={() => {
              setFocusKey(mark.key);
              onTip(tipFor(mark, lane), 'focus');
            }}
            onBlur={() => onTip(null, 'focus')}
            onPointerEnter={() => onTip(tipFor(mark, lane), 'hover')}
            onPointerLeave={() => onTip(null, 'hover')}
          >
            <MarkShape mark={mark} cy={top + markCentreY(lane, mark.track, sizes)} colour={lane.lane.colour} range={range} sizes={sizes} />
          </g>
        );
      })}
      {/* The selected initiative again, on top of its neighbours; a copy, so the focused mark never moves in the DOM. */}
      <g className="tl-selected-layer" aria-hidden="true">
        {visible
          .filter((mark) => mark.row.initiative.id === selectedId)
          .map((mark) => (
            <MarkShape
              key={mark.key}
              mark={mark}
              cy={top + markCentreY(lanes.get(mark.laneKey)!, mark.track, sizes)}
              colour={lanes.get(mark.laneKey)!.lane.colour}
              range={range}
              sizes={sizes}
              selected
            />
          ))}
      </g>
    </svg>
  );
}

interface MarkShapeProps {
  mark: Mark;
  cy: number;
  colour: string;
  range: DayRange;
  sizes: TimelineSizes;
  selected?: boolean;
}

/** A point or a bar, hollow when inferred, grey outside the range, ringed when selected; plus a focus ring CSS shows. */
function MarkShape({ mark, cy, colour: laneColour, range, sizes, selected = false }: MarkShapeProps) {
  const inRange = overlapsRange(mark.row.start!, mark.row.end!, range);
  const colour = inRange ? laneColour : DIMMED;
  const cx = (mark.x0 + mark.x1) / 2;
  const shape = (extra: number, props: Record<string, string | number>) =>
    mark.shape === 'point' ? (
      <circle cx={cx} cy={cy} r={sizes.pointRadius + extra} {...props} />
    ) : (
      <rect
        x={mark.x0 - extra}
        y={cy - sizes.halfBar - extra}
        width={mark.x1 - mark.x0 + 2 * extra}
        height={2 * (sizes.halfBar + extra)}
        rx={sizes.barCorner + extra / 2}
        {...props}
      />
    );
  return (
    <>
      {!selected && shape(sizes.focusRing, FOCUS_RING)}
      {selected && shape(sizes.selectedRing, SELECTED_RING)}
      {mark.inferred && inRange && shape(sizes.inferredHalo, { fill: NO_FILL, stroke: OUTLINE, strokeWidth: sizes.markStroke })}
      {shape(0, {
        fill: mark.inferred ? HOLLOW : colour,
        stroke: inRange ? (mark.inferred ? colour : OUTLINE) : DIMMED_OUTLINE,
        strokeWidth: mark.inferred ? sizes.inferredStroke : sizes.markStroke,
      })}
    </>
  );
}
