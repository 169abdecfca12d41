import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function at(p: Position, i: 0 | 1): number {
  return p[i] ?? 0;
}

function edgesOf([west, south, east, north]: Box): Edge[] {
  const crossX = (x: number) => (a: Position, b: Position): Position => {
    const t = (x - at(a, 0)) / (at(b, 0) - at(a, 0));
    return [x, at(a, 1) + t * (at(b, 1) - at(a, 1))];
  };
  const crossY = (y: number) => (a: Position, b: Position): Position => {
    const t = (y - at(a, 1)) / (at(b, 1) - at(a, 1));
    return [at(a, 0) + t * (at(b, 0) - at(a, 0)), y];
  };
  return [
    { inside: (p) => at(p, 0) >= west, cross: crossX(west) },
    { inside: (p) => at(p, 0) <= east, cross: crossX(east) },
    { inside: (p) => at(p, 1) >= south, cross: crossY(south) },
    { inside: (p) => at(p, 1) <= north, cross: crossY(north) },
  ];
}

/**
 * Sutherland-Hodgman clip of one closed ring to the box. A ring that leaves and re-enters
 * the box gets straight runs along the box edge: fine for filled land, which is what this is for.
 */
export function clipRing(ring: readonly Position[], box: Box): Position[] {
  let points = ring.slice(0, -1); // work on the open ring
  for (const edge of edgesOf(box)) {
    const next: Position[] = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] ?? current;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) next.push(edge.cross(previous, current));
        next.push(current);
      } else if (edge.inside(previous)) {
        next.push(edge.cross(previous, current));
      }
    });
    points = next;
  }
  const first = points[0];
  return points.length >= 3 && first !== undefined ? [...points, first] : [];
}

/** Clips every polygon to the box; returns null when nothing is left. */
export function clipGeometry(geometry: Polygon | MultiPolygon, box: Box): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped = polygons
    .map((rings) => {
      const [outer, ...holes] = rings.map((ring) => clipRing(ring, box));
      return outer === undefined || outer.length === 0 ? [] : [outer, ...holes.filter((h) => h.length > 0)];
    })
    .filter((rings) => rings.length > 0);
  if (clipped.length === 0) return null;
  return clipped.length === 1 && clipped[0] !== undefined
    ? { type: 'Polygon', coordinates: clipped[0] }
    : { type: 'MultiPolygon', coordinates: clipped };
}
