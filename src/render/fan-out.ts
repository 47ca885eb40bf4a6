// Where the counters of a stack go when the pointer rests on it: spread around the hex so every
// symbol shows. Pure, so the positions are unit-tested.

import type { Point } from "./layout";

/**
 * Slots toward the hex's corners (degrees, screen y down), in the order they fill: first a
 * triangle (upper left, upper right, bottom), whose counters stand well apart, then the other
 * triangle between them. Corners, not edges, because a neighbour's centre lies beyond each
 * edge: a counter there never covers the spot where a click means "that neighbour".
 */
const SLOTS = [210, 330, 90, 270, 30, 150] as const;

/**
 * Offsets from the hex centre for `count` counters: up to six on a ring of `radius` toward the
 * corners, more on a second ring twice as far. The hex centre itself stays free, so a click
 * there is still a click on the hex (which cycles through the stack).
 */
export function fanOffsets(count: number, radius: number): Point[] {
  if (count <= 0) return [];
  if (count === 1) return [{ x: 0, y: 0 }];
  const out: Point[] = [];
  const outer = count - SLOTS.length;
  for (let i = 0; i < count; i++) {
    const slot = SLOTS[i];
    // Past six, the rest share a wider ring evenly, from the top.
    const degrees = slot ?? 270 + (360 * (i - SLOTS.length)) / outer;
    const r = slot === undefined ? radius * 2 : radius;
    const a = (degrees * Math.PI) / 180;
    out.push({ x: r * Math.cos(a), y: r * Math.sin(a) });
  }
  return out;
}
