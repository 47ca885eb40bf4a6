// March times (src/ai/march.ts): what spearheads steer by. They must be the cheapest time a
// tracked column needs to the goal by the engine's own step costs, prefer roads, never lead
// through a hex the enemy holds, and charge for stopping in its zone of control.

import { describe, expect, it } from "vitest";
import { marchTimes, ZOC_DELAY } from "../../src/ai/march";
import { ROAD_COST, TERRAIN_COST, isWater, stepCost, type HexMap } from "../../src/engine";
import { cellId, gridMap, type Cell } from "../fixtures/grid";

const COLS = 16;
const at = (cell: Cell): number => cellId(COLS, cell);
const OPEN = TERRAIN_COST.tracked.open;

/** The least time by Bellman-Ford relaxation over every step, for comparison with the bucketed search. */
function slowTimes(map: HexMap, goal: number, blocked: ReadonlySet<number>, zoc: ReadonlySet<number>): Int32Array {
  const t = new Int32Array(map.size).fill(-1);
  t[goal] = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let to = 0; to < map.size; to++) {
      const there = t[to] as number;
      if (there < 0) continue;
      for (let d = 0; d < 6; d++) {
        const from = map.neighbours[to * 6 + d] as number;
        if (from < 0 || blocked.has(from) || isWater(map, from)) continue;
        const dir = map.neighbours.subarray(from * 6, from * 6 + 6).indexOf(to);
        const cost = there + stepCost(map, "tracked", from, dir, to) + (zoc.has(to) ? ZOC_DELAY : 0);
        if ((t[from] as number) < 0 || cost < (t[from] as number)) {
          t[from] = cost;
          changed = true;
        }
      }
    }
  }
  return t;
}

describe("march times", () => {
  it("are the cheapest time by the engine's step costs, forest, marsh, road and river included", () => {
    const map = gridMap({
      id: "march-mixed",
      terrain: { forest: [[5, 3], [6, 3], [6, 4]], marsh: [[4, 6], [5, 6]], lake: [[9, 5], [9, 6]] },
      roads: [[[1, 1], [2, 1], [3, 1], [4, 1], [5, 1], [6, 1], [7, 1], [8, 1]]],
      rivers: [[[7, 7], [8, 7]], [[7, 8], [8, 8]]],
    });
    const goal = at([12, 6]);
    const fast = marchTimes(map, goal, []);
    const slow = slowTimes(map, goal, new Set(), new Set());
    expect(Array.from(fast)).toEqual(Array.from(slow));
    expect(fast[at([9, 5])]).toBe(-1); // a lake
  });

  it("follow a road: a hex on the road is nearer in time than one as far off it", () => {
    const road: Cell[] = [[2, 5], [3, 5], [4, 5], [5, 5], [6, 5], [7, 5], [8, 5], [9, 5], [10, 5]];
    const map = gridMap({ id: "march-road", roads: [road] });
    const t = marchTimes(map, at([10, 5]), []);
    expect(t[at([2, 5])]).toBe(8 * ROAD_COST.tracked);
    // Two rows off the road, as many columns from the goal: across open country (or onto the road and along it).
    expect(t[at([2, 7])] as number).toBeGreaterThan(t[at([2, 5])] as number);
    expect(t[at([2, 7])] as number).toBeLessThanOrEqual(8 * OPEN);
  });

  it("lead around a hex the enemy holds, paying for each stop in its zone of control", () => {
    const map = gridMap({ id: "march-enemy" });
    const goal = at([12, 5]);
    const enemy = at([7, 5]);
    const t = marchTimes(map, goal, [enemy]);
    expect(t[enemy]).toBe(-1);
    const zoc = new Set<number>();
    for (let d = 0; d < 6; d++) zoc.add(map.neighbours[enemy * 6 + d] as number);
    expect(Array.from(t)).toEqual(Array.from(slowTimes(map, goal, new Set([enemy]), zoc)));
    // Straight through would have been 10 open steps; the way round is longer but open.
    const start = at([2, 5]);
    expect(t[start] as number).toBeGreaterThan(10 * OPEN);
    expect(t[start] as number).toBeLessThan(10 * OPEN + ZOC_DELAY + 4 * OPEN);
  });

  it("let the goal itself be held: the assault is the point of the march", () => {
    const map = gridMap({ id: "march-goal-held" });
    const goal = at([8, 5]);
    const t = marchTimes(map, goal, [goal]);
    expect(t[goal]).toBe(0);
    // Next to the goal, one step to the assault; one further back, the stop in its zone of control as well.
    expect(t[at([7, 5])]).toBe(OPEN);
    expect(t[at([6, 5])]).toBe(2 * OPEN + ZOC_DELAY);
  });
});
