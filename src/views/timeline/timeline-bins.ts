import type { IndexedInitiative } from '../../model/dataset-index';
import { laneKeysOf, type LaneAttribute } from './timeline-lanes';
import { monthIndexOf, type TimeDomain } from './time-scale';

/** Counts of one lane: day- and month-precision dates by the month they start in, year-only dates by year. */
export interface LaneBins {
  stated: Uint32Array;
  inferred: Uint32Array;
  /** Indexed by year from the domain's first year; drawn spread evenly over the twelve months. */
  yearOnly: Uint32Array;
}

/**
 * Initiatives per lane and month, computed once per set of rows; playback and the brush only
 * change which months are drawn and how.
 */
export interface TimelineBins {
  /** Month index (year * 12 + month - 1) of the domain's first month. */
  firstMonth: number;
  months: number;
  lanes: Map<string, LaneBins>;
}

export function binByLaneMonth(rows: readonly IndexedInitiative[], attribute: LaneAttribute, domain: TimeDomain): TimelineBins {
  const firstMonth = monthIndexOf(domain.start);
  const months = monthIndexOf(domain.end) - firstMonth + 1;
  const years = Math.ceil(months / 12);
  const lanes = new Map<string, LaneBins>();
  const binsOf = (key: string): LaneBins => {
    let bins = lanes.get(key);
    if (!bins) {
      bins = { stated: new Uint32Array(months), inferred: new Uint32Array(months), yearOnly: new Uint32Array(years) };
      lanes.set(key, bins);
    }
    return bins;
  };
  for (const row of rows) {
    if (row.start === null) continue;
    const month = monthIndexOf(row.start) - firstMonth;
    if (month < 0 || month >= months) continue;
    const { precision, basis } = row.initiative.date;
    for (const key of laneKeysOf(row, attribute)) {
      const bins = binsOf(key);
      if (precision === 'year') bins.yearOnly[Math.floor(month / 12)]! += 1;
      else if (basis === 'inferred') bins.inferred[month]! += 1;
      else bins.stated[month]! += 1;
    }
  }
  return { firstMonth, months, lanes };
}

/**
 * Dated initiatives per lane and calendar year up to and including `lastMonth` (a month index;
 * null for all): the numbers behind the picture, for the accessible table.
 */
export function countByLaneYear(bins: TimelineBins, lastMonth: number | null): { years: number[]; counts: Map<string, number[]> } {
  const firstYear = Math.floor(bins.firstMonth / 12);
  const shownMonths = lastMonth === null ? bins.months : Math.max(0, Math.min(bins.months, lastMonth - bins.firstMonth + 1));
  const yearCount = Math.ceil(bins.months / 12);
  const counts = new Map<string, number[]>();
  for (const [key, lane] of bins.lanes) {
    const perYear = new Array<number>(yearCount).fill(0);
    for (let m = 0; m < shownMonths; m++) perYear[Math.floor(m / 12)]! += lane.stated[m]! + lane.inferred[m]!;
    // A year-only date starts on 1 January: it counts once its January is shown.
    for (let y = 0; y < yearCount; y++) if (y * 12 < shownMonths) perYear[y]! += lane.yearOnly[y]!;
    counts.set(key, perYear);
  }
  return { years: Array.from({ length: yearCount }, (_, i) => firstYear + i), counts };
}
