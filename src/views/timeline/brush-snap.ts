import type { DayRange } from './brush';
import { monthIndexOf, monthStartDay, type TimeScale } from './time-scale';

/** What a dragged brush snaps to: whole months, or whole years when months are too narrow to aim at. */
export type SnapUnit = 'month' | 'year';

/** The narrowest month, in px, the brush still snaps to months; below it a month is too thin to aim at and the brush takes whole years. */
export const MIN_MONTH_PX = 8;

/** Average days in a month (365.2425 / 12). */
const DAYS_PER_MONTH = 30.436875;

/** Months while a month is at least MIN_MONTH_PX wide on the plot, else years. */
export function snapUnitOf(scale: TimeScale): SnapUnit {
  const pxPerDay = (scale.x1 - scale.x0) / (scale.domain.end - scale.domain.start + 1);
  return pxPerDay * DAYS_PER_MONTH >= MIN_MONTH_PX ? 'month' : 'year';
}

/** Units counted from year 0 (months, or years) of the unit a day falls in. */
export function unitOf(day: number, unit: SnapUnit): number {
  const month = monthIndexOf(day);
  return unit === 'month' ? month : Math.floor(month / 12);
}

/** The first day of unit `index`. */
export function unitStart(index: number, unit: SnapUnit): number {
  return monthStartDay(unit === 'month' ? index : index * 12);
}

/** The last day of unit `index`. */
export function unitEnd(index: number, unit: SnapUnit): number {
  return unitStart(index + 1, unit) - 1;
}

/** Where pixel `x` falls, in units and fractions of one (the start of unit 24,252 is 24252.0), clamped to the axis. */
function unitPosition(scale: TimeScale, x: number, unit: SnapUnit): number {
  const { domain, x0, x1 } = scale;
  const days = domain.end - domain.start + 1;
  const day = domain.start + Math.min(days, Math.max(0, ((x - x0) / (x1 - x0)) * days));
  const index = unitOf(Math.min(domain.end, Math.floor(day)), unit);
  const start = unitStart(index, unit);
  return index + (day - start) / (unitStart(index + 1, unit) - start);
}

/** The first and last unit on the axis (its domain is whole years, so units fill it exactly). */
function unitsOf(scale: TimeScale, unit: SnapUnit): { first: number; last: number } {
  return { first: unitOf(scale.domain.start, unit), last: unitOf(scale.domain.end, unit) };
}

export type DragMode = 'create' | 'move' | 'from' | 'to';

/**
 * The range a drag makes, its ends on unit boundaries:
 * - across the plot (`create`): every unit the drag touches, first day of the first to last day of the last;
 * - a handle (`from`, `to`): to the boundary nearest the pointer, never closer than one unit to the other end;
 * - the band (`move`): by the whole units the pointer travelled (rounded), kept inside the axis.
 */
export function snappedDrag(scale: TimeScale, mode: DragMode, anchorX: number, x: number, startRange: DayRange, unit: SnapUnit): DayRange {
  const { first, last } = unitsOf(scale, unit);
  const { from, to } = startRange;
  switch (mode) {
    case 'create': {
      const [left, right] = anchorX <= x ? [anchorX, x] : [x, anchorX];
      // At the right edge the position is the boundary after the last unit: that unit is the one touched.
      const touched = (px: number) => Math.min(last, Math.floor(unitPosition(scale, px, unit)));
      return { from: unitStart(touched(left), unit), to: unitEnd(touched(right), unit) };
    }
    case 'from': {
      const limit = to === null ? last : unitOf(to, unit);
      return { from: unitStart(Math.min(limit, last, Math.round(unitPosition(scale, x, unit))), unit), to };
    }
    case 'to': {
      const limit = from === null ? first + 1 : unitOf(from, unit) + 1;
      return { from, to: unitStart(Math.max(limit, first + 1, Math.round(unitPosition(scale, x, unit))), unit) - 1 };
    }
    case 'move': {
      if (from === null || to === null) return startRange;
      const [a, b] = [unitOf(from, unit), unitOf(to, unit)];
      const shift = Math.min(last - b, Math.max(first - a, Math.round(unitPosition(scale, x, unit) - unitPosition(scale, anchorX, unit))));
      return { from: unitStart(a + shift, unit), to: unitEnd(b + shift, unit) };
    }
  }
}
