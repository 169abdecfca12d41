import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';

function collectArcs(geometry: GeometryObject, into: Set<number>): void {
  const add = (index: number): void => {
    into.add(index < 0 ? ~index : index); // a negative index is a reversed arc
  };
  switch (geometry.type) {
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => collectArcs(g, into));
      break;
    case 'LineString':
      geometry.arcs.forEach(add);
      break;
    case 'MultiLineString':
    case 'Polygon':
      geometry.arcs.forEach((ring) => ring.forEach(add));
      break;
    case 'MultiPolygon':
      geometry.arcs.forEach((polygon) => polygon.forEach((ring) => ring.forEach(add)));
      break;
    default:
      break;
  }
}

/** Weights live in the third coordinate of each presimplified arc point. */
function keepWhole(arc: number[][]): void {
  for (const point of arc) point[2] = Infinity;
}

/** A closed arc is a whole ring (an island): keep its two heaviest inner points, a triangle. */
function keepTriangle(arc: number[][]): void {
  const first = arc[0];
  const last = arc[arc.length - 1];
  if (first === undefined || last === undefined || first[0] !== last[0] || first[1] !== last[1]) return;
  const inner = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
  for (const point of inner.slice(0, 2)) point[2] = Infinity;
}

export interface SimplifyOptions {
  keepWholeObjects: readonly string[]; // objects drawn exactly as given (the South China Sea)
  keepShare?: number; // share of the removable points to keep, heaviest first (0-1)
  /** Instead of keepShare: drop the points whose Visvalingam area (square degrees) is below this. */
  minWeight?: number;
  quantization: number; // grid size of the output, per axis
  /** Multiplies the weights of an arc's points (by arc index): below 1 simplifies that arc more. */
  weightScale?: (arc: number) => number;
}

/**
 * Visvalingam simplification that never drops an island or a dash: every closed ring keeps at
 * least a triangle, and the listed objects keep every point. Output is quantised and delta-encoded.
 */
export function simplifyTopology<T extends Objects>(topology: Topology<T>, options: SimplifyOptions): Topology<T> {
  const weighted = presimplify(topology);
  const whole = new Set<number>();
  for (const name of options.keepWholeObjects) {
    const object = weighted.objects[name];
    if (object !== undefined) collectArcs(object, whole);
  }
  const scale = options.weightScale;
  if (scale !== undefined) {
    weighted.arcs.forEach((arc, index) => {
      const factor = scale(index);
      for (const point of arc) if (point[2] !== undefined && Number.isFinite(point[2])) point[2] *= factor;
    });
  }
  weighted.arcs.forEach((arc, index) => (whole.has(index) ? keepWhole(arc) : keepTriangle(arc)));
  const simplified = simplify(weighted, options.minWeight ?? quantile(weighted, options.keepShare ?? 1));
  return quantize(simplified, options.quantization);
}
