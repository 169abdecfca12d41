import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { BrushSide, DayRange } from './brush';
import { snappedDrag, snapUnitOf, type DragMode } from './brush-snap';
import { dayToX, type TimeScale } from './time-scale';

interface Gesture {
  mode: DragMode;
  pointerId: number;
  anchorX: number;
  startRange: DayRange;
  dragging: boolean;
}

/** Pixels a pointer must travel before a press becomes a drag (a shorter press is a click on an item). */
const DRAG_THRESHOLD = 4;
/** Quiet time after the last key that ends a keyboard gesture (and, when not live, sets the filter). */
const KEY_SETTLE_MS = 250;

export interface Brush {
  /** The range to draw: the one being changed, else the filter's. */
  shown: DayRange;
  /** Whether a drag or keys are changing the range and the filter has not caught up yet. */
  changing: boolean;
  onPointerDown(event: ReactPointerEvent<HTMLElement>): void;
  onPointerMove(event: ReactPointerEvent<HTMLElement>): void;
  onPointerUp(event: ReactPointerEvent<HTMLElement>): void;
  /** A handle moved by a key. */
  onKeyMove(next: DayRange): void;
  /** A handle lost focus: the keys in a row before it are done. */
  onKeysDone(): void;
  /** True just after a drag, so the click that ends it does not also select an item. */
  wasDrag(): boolean;
}

/**
 * Brushing on the plot: drag across time to make a range, inside it to move it, a handle to resize
 * it; the ends snap to whole months (years on a plot too narrow for months, see brush-snap.ts). The timeline draws the range at once. When `live`, the filter (and every other view) follows
 * at most once a frame; otherwise, for big datasets where an update of every view takes a good
 * part of a second, the filter is set when the drag ends or the keys pause. The first change of a
 * gesture adds a history entry and the rest replace it, so Back undoes a whole drag.
 */
export function useBrush(scale: TimeScale, range: DayRange, commit: (range: DayRange, replace: boolean) => void, live: boolean): Brush {
  const gesture = useRef<Gesture | null>(null);
  const lastWasDrag = useRef(false);
  /** Whether the current gesture (a drag, or keys in a row) has already added its history entry. */
  const pushed = useRef(false);
  const frame = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<DayRange | null>(null);
  const [draft, setDraft] = useState<DayRange | null>(null);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(timer.current);
    },
    [],
  );

  const flush = useCallback(
    (end: boolean) => {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      const next = pending.current;
      pending.current = null;
      if (next) {
        commit(next, pushed.current);
        pushed.current = true;
      }
      if (end) {
        setDraft(null);
        pushed.current = false;
      }
    },
    [commit],
  );


  const localX = (event: ReactPointerEvent<HTMLElement>) => event.clientX - event.currentTarget.getBoundingClientRect().left;

  return {
    shown: draft ?? range,
    changing: draft !== null,
    onPointerDown(event) {
      lastWasDrag.current = false;
      if (event.button !== 0) return;
      const x = localX(event);
      const side = (event.target as Element).closest<HTMLElement>('[data-brush-side]')?.dataset.brushSide as BrushSide | undefined;
      const shown = draft ?? range;
      let mode: DragMode;
      if (side) mode = side;
      else if (x < scale.x0 - 6 || x > scale.x1 + 6) return;
      else if (shown.from !== null && shown.to !== null && x >= dayToX(scale, shown.from) && x <= dayToX(scale, shown.to + 1)) mode = 'move';
      else mode = 'create';
      gesture.current = { mode, pointerId: event.pointerId, anchorX: x, startRange: shown, dragging: false };
      if (side) event.preventDefault();
    },
    onPointerMove(event) {
      const g = gesture.current;
      if (!g || g.pointerId !== event.pointerId) return;
      const x = localX(event);
      if (!g.dragging) {
        if (Math.abs(x - g.anchorX) < DRAG_THRESHOLD) return;
        g.dragging = true;
        clearTimeout(timer.current);
        timer.current = undefined;
        flush(true);
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      const next = dragRange(scale, g, x);
      setDraft(next);
      pending.current = next;
      if (live && !frame.current) frame.current = requestAnimationFrame(() => flush(false));
    },
    onPointerUp(event) {
      const g = gesture.current;
      if (!g || g.pointerId !== event.pointerId) return;
      gesture.current = null;
      if (!g.dragging) return;
      pending.current = dragRange(scale, g, localX(event));
      flush(true);
      lastWasDrag.current = true;
    },
    onKeyMove(next) {
      setDraft(next);
      pending.current = next;
      if (live) flush(false);
      // Keys in a row are one gesture: one history entry, ended by a pause.
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        flush(true);
      }, KEY_SETTLE_MS);
    },
    onKeysDone() {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      flush(true);
    },
    wasDrag: () => lastWasDrag.current,
  };
}

/** The drag's range, snapped to whole months (or years, when months are too narrow on this plot). */
function dragRange(scale: TimeScale, g: Gesture, x: number): DayRange {
  return snappedDrag(scale, g.mode, g.anchorX, x, g.startRange, snapUnitOf(scale));
}
