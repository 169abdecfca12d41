import type { LaneLayout } from './timeline-marks';
import type { Lane } from './timeline-lanes';

/**
 * The lanes a slide keeps when even its smallest lanes do not all fit the panel: first the lanes
 * of the selected initiative, then those holding the most initiatives, as many as fit in `room`;
 * kept in their own order. All of them when they fit (or when there is no room to speak of).
 */
export function lanesThatFit(layouts: readonly LaneLayout[], counts: ReadonlyMap<string, number>, room: number, first: ReadonlySet<string>): Lane[] {
  const total = layouts.reduce((sum, l) => sum + l.height, 0);
  if (room <= 0 || total <= room) return layouts.map((l) => l.lane);
  const ranked = layouts
    .map((layout, order) => ({ layout, order }))
    .sort(
      (a, b) =>
        Number(first.has(b.layout.lane.key)) - Number(first.has(a.layout.lane.key)) ||
        (counts.get(b.layout.lane.key) ?? 0) - (counts.get(a.layout.lane.key) ?? 0) ||
        a.order - b.order,
    );
  const kept = new Set<number>();
  let used = 0;
  for (const { layout, order } of ranked) {
    if (used + layout.height > room) continue;
    kept.add(order);
    used += layout.height;
  }
  return layouts.filter((_, i) => kept.has(i)).map((l) => l.lane);
}
