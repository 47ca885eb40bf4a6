// Where a hovered stack's counters go: clear of each other, of the hex centre (a click there is
// still a click on the hex) and of the neighbours' centres (a click there is theirs).

import { describe, expect, test } from "vitest";
import { fanOffsets } from "../../src/render/fan-out";

const RADIUS = 26;
/** A counter's frame, as the fan hit-tests it (half width, half height: the hostile diamond's). */
const HALF = { w: 16.5, h: 16 };
const LIFT = 3;
/** Centres of the six neighbours of a hex 40 px across (pointy-top). */
const NEIGHBOURS = [0, 60, 120, 180, 240, 300].map((d) => ({ x: 40 * Math.cos((d * Math.PI) / 180), y: 40 * Math.sin((d * Math.PI) / 180) }));

function covers(c: { x: number; y: number }, p: { x: number; y: number }): boolean {
  return Math.abs(p.x - c.x) <= HALF.w && Math.abs(p.y - (c.y - LIFT)) <= HALF.h;
}

describe("fanning out a stack", () => {
  test("gives one spot per counter, and one counter stays on the centre", () => {
    expect(fanOffsets(0, RADIUS)).toEqual([]);
    expect(fanOffsets(1, RADIUS)).toEqual([{ x: 0, y: 0 }]);
    for (const n of [2, 3, 5, 6, 9]) expect(fanOffsets(n, RADIUS)).toHaveLength(n);
  });

  test("keeps two or three counters wholly apart", () => {
    for (const n of [2, 3]) {
      const spots = fanOffsets(n, RADIUS);
      for (const [i, a] of spots.entries()) {
        for (const b of spots.slice(i + 1)) expect(Math.abs(a.x - b.x) > 2 * HALF.w || Math.abs(a.y - b.y) > 2 * HALF.h, `${n} counters`).toBe(true);
      }
    }
  });

  test("leaves the hex centre and every neighbour's centre uncovered, up to six counters", () => {
    for (let n = 2; n <= 6; n++) {
      for (const spot of fanOffsets(n, RADIUS)) {
        expect(covers(spot, { x: 0, y: 0 }), `${n} counters, centre`).toBe(false);
        for (const p of NEIGHBOURS) expect(covers(spot, p), `${n} counters, neighbour at ${p.x.toFixed(0)}, ${p.y.toFixed(0)}`).toBe(false);
      }
    }
  });

  test("puts the seventh and later counters on a wider ring", () => {
    const spots = fanOffsets(8, RADIUS);
    expect(spots.slice(6).every((p) => Math.hypot(p.x, p.y) > RADIUS * 1.9)).toBe(true);
  });
});
