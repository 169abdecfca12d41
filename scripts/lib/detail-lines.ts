import type { Position } from 'geojson';
import { mergeArcs } from 'topojson-client';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { ringsOfArcs } from './detail-regions';

/**
 * What a stretch of a unit's outline is: coastline or national border (no unit on the other
 * side), a border with another provincial-level unit, or a border between two of its prefectures.
 */
export type LineKind = 'coast' | 'border' | 'inner';

/**
 * The echarts files draw each border once per side, and the sides do not always hold the same
 * points (one skips a vertex, or has it a grid step away; in places one file draws a border much
 * coarser than the other). TopoJSON shares only identical runs, so such stretches are two arcs used
 * once each, like a coastline. Merging every prefecture of the country tells them apart: an arc
 * used once on the outer ring of the merged land is coast (or national border); one on a hole of
 * it (the sliver between two differing sides) is a border, with another unit or, if the nearest
 * prefecture on the other side is in the same unit, an inner one. Arcs are cut where that changes.
 */
export interface ClassifiedTopology {
  topology: Topology<Objects>;
  /** By arc index. */
  kinds: LineKind[];
}

interface Owner {
  unit: string;
  prefecture: string; // `${unit}/${id}`
}

/** Runs of fewer segments than this take the kind of the run before them (noise at junctions). */
const MIN_RUN = 3;
const CELL = 0.01;

const arcIndex = (a: number): number => (a < 0 ? ~a : a);

function ownersOf(topo: Topology<Objects>): Owner[][] {
  const owners: Owner[][] = topo.arcs.map(() => []);
  for (const [unit, object] of Object.entries(topo.objects)) {
    if (object.type !== 'GeometryCollection') continue;
    for (const geometry of object.geometries) {
      const id = String((geometry.properties as { id?: string } | undefined)?.id ?? '');
      for (const ring of ringsOfArcs(geometry)) for (const arc of ring) owners[arcIndex(arc)]?.push({ unit, prefecture: `${unit}/${id}` });
    }
  }
  return owners;
}

interface Segment {
  a: Position;
  b: Position;
  prefectures: readonly string[];
}

class SegmentGrid {
  private readonly cells = new Map<string, Segment[]>();
  add(segment: Segment): void {
    const [x0, x1] = [Math.min(segment.a[0]!, segment.b[0]!), Math.max(segment.a[0]!, segment.b[0]!)];
    const [y0, y1] = [Math.min(segment.a[1]!, segment.b[1]!), Math.max(segment.a[1]!, segment.b[1]!)];
    for (let i = Math.floor(x0 / CELL); i <= Math.floor(x1 / CELL); i++) {
      for (let j = Math.floor(y0 / CELL); j <= Math.floor(y1 / CELL); j++) {
        const key = `${i},${j}`;
        const bucket = this.cells.get(key);
        if (bucket) bucket.push(segment);
        else this.cells.set(key, [segment]);
      }
    }
  }
  /** The nearest prefecture other than `own` with an edge within `tolerance` of the point. */
  nearestOther(p: Position, own: string, tolerance: number): string | null {
    let best = tolerance;
    let found: string | null = null;
    const [x, y] = [p[0]!, p[1]!];
    for (let i = Math.floor((x - tolerance) / CELL); i <= Math.floor((x + tolerance) / CELL); i++) {
      for (let j = Math.floor((y - tolerance) / CELL); j <= Math.floor((y + tolerance) / CELL); j++) {
        for (const s of this.cells.get(`${i},${j}`) ?? []) {
          const other = s.prefectures.find((k) => k !== own);
          if (other === undefined) continue;
          const d = distanceToSegment(p, s.a, s.b);
          if (d <= best) {
            best = d;
            found = other;
          }
        }
      }
    }
    return found;
  }
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / length2));
  return Math.hypot(a[0]! + t * dx - p[0]!, a[1]! + t * dy - p[1]!);
}

/** Kind of each segment of an arc on a hole of the merged land, noise runs folded into their neighbours. */
function segmentKinds(arc: Position[], owner: Owner, grid: SegmentGrid, tolerance: number): LineKind[] {
  const kinds = arc.slice(1).map((b, i): LineKind => {
    const a = arc[i]!;
    const other = grid.nearestOther([(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2], owner.prefecture, tolerance);
    return other?.startsWith(`${owner.unit}/`) === true ? 'inner' : 'border';
  });
  // Fold short runs into the run before (or, at the start, after) them.
  const runs: { kind: LineKind; length: number }[] = [];
  for (const kind of kinds) {
    const last = runs[runs.length - 1];
    if (last?.kind === kind) last.length++;
    else runs.push({ kind, length: 1 });
  }
  for (let i = 0; i < runs.length && runs.length > 1; ) {
    const run = runs[i]!;
    if (run.length >= MIN_RUN) {
      i++;
      continue;
    }
    const into = runs[i - 1] ?? runs[i + 1]!;
    into.length += run.length;
    runs.splice(i, 1);
    // Neighbours of the same kind become one run; look again from the run before.
    const before = runs[i - 1];
    const after = runs[i];
    if (before !== undefined && after !== undefined && before.kind === after.kind) {
      before.length += after.length;
      runs.splice(i, 1);
    }
    i = Math.max(0, i - 1);
  }
  return runs.flatMap((r) => Array<LineKind>(r.length).fill(r.kind));
}

function remap(geometry: GeometryObject, pieces: readonly number[][]): GeometryObject {
  const ring = (arcs: number[]): number[] =>
    arcs.flatMap((a) => (a >= 0 ? pieces[a]! : [...pieces[~a]!].reverse().map((p) => ~p)));
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, arcs: geometry.arcs.map(ring) };
    case 'MultiPolygon':
      return { ...geometry, arcs: geometry.arcs.map((polygon) => polygon.map(ring)) };
    default:
      return geometry;
  }
}

/**
 * Classes every arc of an unquantised topology whose objects are units (GeometryCollections of
 * prefectures). `tolerance`: how far (degrees) to look for the prefecture across a sliver.
 */
export function classifyArcs(topo: Topology<Objects>, tolerance: number): ClassifiedTopology {
  if (topo.transform) throw new Error('classifyArcs needs absolute coordinates');
  const owners = ownersOf(topo);
  const geometries = Object.values(topo.objects).flatMap((o) => (o.type === 'GeometryCollection' ? o.geometries : []));
  const onHole = new Set<number>();
  for (const polygon of mergeArcs(topo, geometries as Parameters<typeof mergeArcs>[1]).arcs) {
    for (const ring of polygon.slice(1)) for (const a of ring) onHole.add(arcIndex(a));
  }
  const grid = new SegmentGrid();
  topo.arcs.forEach((arc, i) => {
    if (!onHole.has(i)) return;
    const prefectures = owners[i]!.map((o) => o.prefecture);
    for (let k = 0; k + 1 < arc.length; k++) grid.add({ a: arc[k]!, b: arc[k + 1]!, prefectures });
  });
  const arcs: Position[][] = [];
  const kinds: LineKind[] = [];
  const pieces: number[][] = topo.arcs.map((arc, i) => {
    const users = owners[i]!;
    if (users.length !== 1) {
      const [a, b] = users;
      arcs.push(arc);
      kinds.push(a !== undefined && b !== undefined && a.unit === b.unit ? 'inner' : 'border');
      return [arcs.length - 1];
    }
    if (!onHole.has(i)) {
      arcs.push(arc);
      kinds.push('coast');
      return [arcs.length - 1];
    }
    const perSegment = segmentKinds(arc, users[0]!, grid, tolerance);
    const out: number[] = [];
    let start = 0;
    for (let k = 1; k <= perSegment.length; k++) {
      if (k === perSegment.length || perSegment[k] !== perSegment[start]) {
        arcs.push(arc.slice(start, k + 1));
        kinds.push(perSegment[start]!);
        out.push(arcs.length - 1);
        start = k;
      }
    }
    return out;
  });
  const objects = Object.fromEntries(
    Object.entries(topo.objects).map(([name, object]) => [
      name,
      object.type === 'GeometryCollection' ? { ...object, geometries: object.geometries.map((g) => remap(g, pieces)) } : object,
    ]),
  );
  return { topology: { ...topo, objects, arcs }, kinds };
}

function ringArrays(topo: Topology<Objects>): number[][] {
  const rings: number[][] = [];
  for (const object of Object.values(topo.objects)) {
    if (object.type !== 'GeometryCollection') continue;
    for (const geometry of object.geometries) rings.push(...ringsOfArcs(geometry));
  }
  return rings;
}

/**
 * Joins consecutive arcs that only ever appear together: a single point shared by the two
 * differing sides of a border is a junction to TopoJSON, which cuts both sides there, leaving
 * many two-point arcs that keep their end points through simplification. Two arcs are joined when
 * they have the same kind, the same rings use them, and every such ring runs through both, one
 * after the other. Unused arcs are dropped and the rest renumbered. Works in place.
 */
export function joinArcs({ topology: topo, kinds }: ClassifiedTopology): ClassifiedTopology {
  const arcs: Position[][] = [...topo.arcs];
  const allKinds: LineKind[] = [...kinds];
  const rings = ringArrays(topo);
  const usedBy = new Map<number, number[]>(); // arc -> ring indices, once per use
  rings.forEach((ring, r) => {
    for (const a of ring) usedBy.set(arcIndex(a), [...(usedBy.get(arcIndex(a)) ?? []), r]);
  });
  const coordinatesOf = (a: number): Position[] => (a >= 0 ? arcs[a]! : [...arcs[~a]!].reverse());
  const sameRings = (x: readonly number[], y: readonly number[]) =>
    x.length === y.length && new Set(x).size === x.length && [...x].sort().join() === [...y].sort().join();

  /** The join of a then b (as ring R runs) if every ring with them runs through both in a row. */
  const tryJoin = (a: number, b: number): boolean => {
    const [ia, ib] = [arcIndex(a), arcIndex(b)];
    if (ia === ib || allKinds[ia] !== allKinds[ib]) return false;
    const users = usedBy.get(ia) ?? [];
    if (!sameRings(users, usedBy.get(ib) ?? [])) return false;
    const edits: { ring: number[]; at: number; forward: boolean }[] = [];
    for (const r of users) {
      const ring = rings[r]!;
      const n = ring.length;
      const pa = ring.findIndex((v) => arcIndex(v) === ia);
      if (ring[pa] === a) {
        if (ring[(pa + 1) % n] !== b) return false;
        edits.push({ ring, at: pa, forward: true });
      } else {
        const pb = (pa - 1 + n) % n;
        if (ring[pb] !== ~b) return false;
        edits.push({ ring, at: pb, forward: false });
      }
    }
    const first = coordinatesOf(a);
    const second = coordinatesOf(b);
    const [end, start] = [first[first.length - 1]!, second[0]!];
    if (end[0] !== start[0] || end[1] !== start[1]) return false;
    const joined = arcs.length;
    arcs.push([...first, ...second.slice(1)]);
    allKinds.push(allKinds[ia]!);
    for (const { ring, at, forward } of edits) {
      if (at === ring.length - 1) {
        // The pair wraps past the ring's end: its first element is the ring's last.
        ring.splice(at, 1);
        ring.splice(0, 1, forward ? joined : ~joined);
      } else {
        ring.splice(at, 2, forward ? joined : ~joined);
      }
    }
    usedBy.set(joined, users);
    usedBy.delete(ia);
    usedBy.delete(ib);
    return true;
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (const ring of rings) {
      for (let i = 0; ring.length > 1 && i < ring.length; ) {
        if (tryJoin(ring[i]!, ring[(i + 1) % ring.length]!)) changed = true;
        else i++;
      }
    }
  }

  // Keep the arcs still in use, in order of first use.
  const renumbered = new Map<number, number>();
  const keptArcs: Position[][] = [];
  const keptKinds: LineKind[] = [];
  for (const ring of rings) {
    for (let k = 0; k < ring.length; k++) {
      const a = ring[k]!;
      const index = arcIndex(a);
      let next = renumbered.get(index);
      if (next === undefined) {
        next = keptArcs.length;
        renumbered.set(index, next);
        keptArcs.push(arcs[index]!);
        keptKinds.push(allKinds[index]!);
      }
      ring[k] = a >= 0 ? next : ~next;
    }
  }
  return { topology: { ...topo, arcs: keptArcs }, kinds: keptKinds };
}

const pointKey = (p: Position): string => `${p[0]},${p[1]}`;

function farthestFrom(points: readonly Position[], line: readonly Position[], limit: number): number {
  let worst = 0;
  for (const p of points) {
    let best = Infinity;
    for (let k = 0; k + 1 < line.length && best > 0; k++) best = Math.min(best, distanceToSegment(p, line[k]!, line[k + 1]!));
    worst = Math.max(worst, best);
    if (worst > limit) break;
  }
  return worst;
}

/**
 * Where the two sides of a border differ between the same two points (one arc per side, each used
 * once, by prefectures that are not the same), both sides are made to use one of them (the one
 * with more points), when no point of either is more than `tolerance` degrees from the other.
 * Removes the sliver between them; the dropped arc is left unused. Works in place.
 */
export function collapseSlivers(topo: Topology<Objects>, tolerance: number): number {
  if (topo.transform) throw new Error('collapseSlivers needs absolute coordinates');
  const owners = ownersOf(topo);
  const rings = ringArrays(topo);
  const ringOf = new Map<number, number[]>();
  for (const ring of rings) for (const a of ring) ringOf.set(arcIndex(a), ring);
  const groups = new Map<string, number[]>();
  topo.arcs.forEach((arc, i) => {
    if (owners[i]!.length !== 1 || arc.length < 2) return;
    const [first, last] = [pointKey(arc[0]!), pointKey(arc[arc.length - 1]!)];
    if (first === last) return;
    const key = first < last ? `${first} ${last}` : `${last} ${first}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  let collapsed = 0;
  for (const group of groups.values()) {
    const done = new Set<number>();
    for (const x of group) {
      if (done.has(x)) continue;
      for (const y of group) {
        if (y === x || done.has(y) || owners[x]![0]!.prefecture === owners[y]![0]!.prefecture) continue;
        const [ax, ay] = [topo.arcs[x]!, topo.arcs[y]!];
        if (farthestFrom(ax, ay, tolerance) > tolerance || farthestFrom(ay, ax, tolerance) > tolerance) continue;
        const [keep, drop] = ax.length > ay.length || (ax.length === ay.length && x < y) ? [x, y] : [y, x];
        const ring = ringOf.get(drop)!;
        const at = ring.findIndex((a) => arcIndex(a) === drop);
        const ref = ring[at]!;
        // The kept arc must run the way the dropped one ran in its ring.
        const start = ref >= 0 ? topo.arcs[drop]![0]! : topo.arcs[drop]![topo.arcs[drop]!.length - 1]!;
        const keptStart = topo.arcs[keep]![0]!;
        ring[at] = keptStart[0] === start[0] && keptStart[1] === start[1] ? keep : ~keep;
        ringOf.set(keep, ring); // either ring will do for later lookups of keep: it is now used twice
        done.add(x).add(y);
        collapsed++;
        break;
      }
    }
  }
  return collapsed;
}

/**
 * The slivers left between two sides that meet only at their ends, through several arcs each: a
 * hole of the merged land whose ring is one prefecture's run of arcs on one side and the rest
 * (one or more prefectures) on the other. That prefecture is made to use the other side, run
 * backwards, when no point of either side is farther than `maxWidth` degrees from the other. Of
 * two single-prefecture sides, the one with fewer points goes. Works in place.
 */
export function collapseHoleSlivers(topo: Topology<Objects>, maxWidth: number): number {
  const owners = ownersOf(topo);
  const rings = ringArrays(topo);
  const geometries = Object.values(topo.objects).flatMap((o) => (o.type === 'GeometryCollection' ? o.geometries : []));
  const coordinates = (refs: readonly number[]): Position[] =>
    refs.flatMap((a, k) => {
      const arc = a >= 0 ? topo.arcs[a]! : [...topo.arcs[~a]!].reverse();
      return k === 0 ? arc : arc.slice(1);
    });
  const ownerOf = (a: number) => (owners[arcIndex(a)]?.length === 1 ? owners[arcIndex(a)]![0]!.prefecture : null);
  let collapsed = 0;
  for (const polygon of mergeArcs(topo, geometries as Parameters<typeof mergeArcs>[1]).arcs) {
    for (const hole of polygon.slice(1)) {
      if (hole.some((a) => ownerOf(a) === null)) continue;
      // Rotate the ring to start where its owner changes, then cut it into runs by owner.
      const start = hole.findIndex((a, k) => ownerOf(a) !== ownerOf(hole[(k - 1 + hole.length) % hole.length]!));
      if (start < 0) continue;
      const cycle = [...hole.slice(start), ...hole.slice(0, start)];
      const runs: { from: number; arcs: number[] }[] = [];
      cycle.forEach((a, k) => {
        const last = runs[runs.length - 1];
        if (last !== undefined && ownerOf(last.arcs[0]!) === ownerOf(a)) last.arcs.push(a);
        else runs.push({ from: k, arcs: [a] });
      });
      if (runs.length < 2) continue;
      const candidates = runs
        .map((run) => ({ run, points: coordinates(run.arcs) }))
        .sort((x, y) => x.points.length - y.points.length || x.run.from - y.run.from);
      for (const { run, points } of candidates) {
        const rest = [...cycle.slice(run.from + run.arcs.length), ...cycle.slice(0, run.from)];
        const other = coordinates(rest);
        if (farthestFrom(points, other, maxWidth) > maxWidth || farthestFrom(other, points, maxWidth) > maxWidth) continue;
        // The run as its prefecture's ring has it; that ring then runs the rest backwards.
        const drop = run.arcs;
        const ring = rings.find((r) => r.includes(drop[0]!));
        if (ring === undefined) continue;
        const at = ring.indexOf(drop[0]!);
        if (!drop.every((a, k) => ring[(at + k) % ring.length] === a)) continue;
        const rotated = [...ring.slice(at), ...ring.slice(0, at)];
        rotated.splice(0, drop.length, ...[...rest].reverse().map((a) => ~a));
        ring.splice(0, ring.length, ...rotated);
        const owner = owners[arcIndex(drop[0]!)]![0]!;
        for (const a of drop) owners[arcIndex(a)] = [];
        for (const a of rest) owners[arcIndex(a)]!.push(owner); // now used twice
        collapsed++;
        break;
      }
    }
  }
  return collapsed;
}
