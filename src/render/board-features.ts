// Railways (by gauge), bridges and ports baked into the board texture, drawn after terrain,
// borders and rivers and beside the roads they often run with. Each draws the hexes `ids` it
// is given: a tile of the board passes those that reach into it.

import { GAUGE, type HexMap } from "../engine";
import { edgeEnds, type Layout, type Point } from "./layout";
import { PAPER, PORT_COLOUR, RAIL_COLOUR, RAIL_STANDARD_COLOUR, css, rgba } from "./palette";

/** Rails run this many world pixels below and right of the hex-centre line. */
const RAIL_OFFSET = 4;

/** Each edge a symmetric per-hex mask marks among `ids`, once (from its lower-id hex). */
function eachEdge(map: HexMap, mask: Uint8Array, ids: Iterable<number>, visit: (id: number, dir: number, other: number) => void): void {
  for (const id of ids) {
    const bits = mask[id] ?? 0;
    if (bits === 0) continue;
    for (let d = 0; d < 6; d++) {
      const other = map.neighbours[id * 6 + d] ?? -1;
      if ((bits & (1 << d)) !== 0 && other > id) visit(id, d, other);
    }
  }
}

/**
 * A road or railway network as one path. Within each hex the route runs from the midpoint of
 * one linked edge to the next through a curve bent toward the hex centre: a line at an angle
 * to the grid then reads as a gentle wave, not the saw-tooth of centre-to-centre segments.
 */
export function routePath(map: HexMap, mask: Uint8Array, centres: Point[], ids: Iterable<number>, keep: (a: number, b: number) => boolean = () => true): Path2D {
  const path = new Path2D();
  for (const id of ids) {
    const bits = mask[id] ?? 0;
    if (bits === 0) continue;
    const c = centres[id] ?? { x: 0, y: 0 };
    const mids: Point[] = [];
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[id * 6 + d] ?? -1;
      if ((bits & (1 << d)) === 0 || n < 0 || !keep(id, n)) continue;
      const o = centres[n] ?? c;
      mids.push({ x: (c.x + o.x) / 2, y: (c.y + o.y) / 2 });
    }
    const [a, b] = mids;
    if (mids.length === 2 && a && b) {
      path.moveTo(a.x, a.y);
      path.quadraticCurveTo(c.x, c.y, b.x, b.y);
      continue;
    }
    for (const m of mids) {
      path.moveTo(c.x, c.y);
      path.lineTo(m.x, m.y);
    }
  }
  return path;
}

/** Standard gauge only where both hexes have it and not both have the Russian gauge too. */
function isStandard(map: HexMap, a: number, b: number): boolean {
  const both = (map.gauge[a] ?? 0) & (map.gauge[b] ?? 0);
  return (both & GAUGE.standard) !== 0 && (both & GAUGE.broad) === 0;
}

export function drawRails(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[], ids: readonly number[]): void {
  const map = layout.map;
  const broad = routePath(map, map.rails, centres, ids, (a, b) => !isStandard(map, a, b));
  const standard = routePath(map, map.rails, centres, ids, (a, b) => isStandard(map, a, b));
  ctx.save();
  // Shifted off the hex-centre line so a road along the same hexes stays visible beside it.
  ctx.translate(RAIL_OFFSET, RAIL_OFFSET);
  ctx.lineCap = "butt";
  for (const [path, colour] of [[broad, RAIL_COLOUR], [standard, RAIL_STANDARD_COLOUR]] as const) {
    ctx.strokeStyle = css(colour);
    ctx.lineWidth = 4;
    ctx.setLineDash([]);
    ctx.stroke(path);
    // White dashes inside the dark line: the classic railway symbol, unlike any road.
    ctx.strokeStyle = rgba(PAPER, 0.9);
    ctx.lineWidth = 1.6;
    ctx.setLineDash([6, 6]);
    ctx.stroke(path);
  }
  ctx.restore();
}

/** A short bar across each bridged river edge, like a bridge on a paper map. */
export function drawBridges(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[], ids: readonly number[]): void {
  const path = new Path2D();
  eachEdge(layout.map, layout.map.bridges, ids, (id, d) => {
    const [p, q] = edgeEnds(centres[id] ?? { x: 0, y: 0 }, layout.radius, d);
    const mx = (p.x + q.x) / 2;
    const my = (p.y + q.y) / 2;
    const c = centres[id] ?? { x: 0, y: 0 };
    // The bar runs across the edge, toward both hex centres.
    const len = Math.hypot(mx - c.x, my - c.y) || 1;
    const ux = ((mx - c.x) / len) * 6;
    const uy = ((my - c.y) / len) * 6;
    path.moveTo(mx - ux, my - uy);
    path.lineTo(mx + ux, my + uy);
  });
  ctx.lineCap = "butt";
  ctx.strokeStyle = css(PAPER);
  ctx.lineWidth = 7;
  ctx.stroke(path);
  ctx.strokeStyle = "#333333";
  ctx.lineWidth = 1.5;
  ctx.stroke(path);
}

/** An anchor on each port hex. */
export function drawPorts(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[], ids: readonly number[]): void {
  for (const id of ids) {
    const c = Object.hasOwn(layout.map.ports, id) ? centres[id] : undefined;
    if (!c) continue;
    const x = c.x + layout.radius * 0.45;
    const y = c.y - layout.radius * 0.45;
    ctx.beginPath();
    ctx.arc(x, y, 8, 0, Math.PI * 2);
    ctx.fillStyle = css(PAPER);
    ctx.fill();
    ctx.strokeStyle = css(PORT_COLOUR);
    ctx.lineWidth = 1.6;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(x, y - 4, 1.6, 0, Math.PI * 2);
    ctx.moveTo(x, y - 2.5);
    ctx.lineTo(x, y + 5);
    ctx.moveTo(x - 3, y - 0.5);
    ctx.lineTo(x + 3, y - 0.5);
    ctx.moveTo(x - 4.5, y + 1.5);
    ctx.quadraticCurveTo(x - 4, y + 5.5, x, y + 5);
    ctx.quadraticCurveTo(x + 4, y + 5.5, x + 4.5, y + 1.5);
    ctx.stroke();
  }
}
