// Movement: step costs over terrain, roads and rivers; reach; zones of control; hidden enemies.

import { describe, expect, test } from "vitest";
import {
  RIVER_CROSSING_COST,
  ROAD_COST,
  TERRAIN_COST,
  TERRAINS,
  apply,
  directionTo,
  legalCommands,
  pathTo,
  playerView,
  reachable,
  stepCost,
  validate,
  type GameState,
  type MovementClass,
} from "../../../src/engine";
import { BALTIC_MAP_ID, loadMap } from "../../../src/scenario";
import { sketchMap } from "../../fixtures/sketch-map";
import { EAST, NORTH_EAST, cellId, gridGame, gridMap, step, unitOf, unitsOf, walk } from "../../fixtures/grid";

const CLASSES: MovementClass[] = ["tracked", "wheeled", "foot"];

const map = gridMap({
  id: "movement-grid",
  terrain: { forest: [[5, 4]], marsh: [[6, 4]], urban: [[7, 4]], lake: [[9, 9]] },
  roads: [
    [[2, 2], [3, 2], [4, 2], [5, 2], [6, 2], [7, 2], [8, 2]],
    [[4, 8], [5, 8]],
    [[10, 6], [11, 6]],
  ],
  rivers: [
    [[4, 6], [5, 6]],
    [[4, 8], [5, 8]],
    [[10, 6], [11, 6]],
    [[10, 4], [11, 4]],
  ],
  bridges: [
    [[4, 8], [5, 8]],
    [[10, 4], [11, 4]],
  ],
});
const at = (col: number, row: number): number => cellId(map.cols, [col, row]);

function cost(cls: MovementClass, from: number, to: number): number {
  return stepCost(map, cls, from, directionTo(map, from, to), to);
}

describe("stepCost", () => {
  test.each(CLASSES)("open, forest, marsh and urban cost what params.ts says for %s units", (cls) => {
    expect(cost(cls, at(4, 3), at(5, 3))).toBe(TERRAIN_COST[cls].open);
    expect(cost(cls, at(4, 4), at(5, 4))).toBe(TERRAIN_COST[cls].forest);
    expect(cost(cls, at(5, 4), at(6, 4))).toBe(TERRAIN_COST[cls].marsh);
    expect(cost(cls, at(6, 4), at(7, 4))).toBe(TERRAIN_COST[cls].urban);
    expect(cost(cls, at(8, 9), at(9, 9))).toBe(Infinity);
  });

  test.each(CLASSES)("a road is cheaper than any land terrain for %s units", (cls) => {
    const road = cost(cls, at(3, 2), at(4, 2));
    expect(road).toBe(ROAD_COST[cls]);
    for (const terrain of TERRAINS) {
      if (terrain === "sea" || terrain === "lake") continue;
      expect(road).toBeLessThan(TERRAIN_COST[cls][terrain]);
    }
    // The road runs east-west: the same hexes entered from off the road cost the terrain.
    expect(cost(cls, at(4, 3), at(4, 2))).toBe(TERRAIN_COST[cls].open);
  });

  test.each(CLASSES)("crossing a river adds the crossing cost for %s units, in both directions", (cls) => {
    expect(cost(cls, at(4, 6), at(5, 6))).toBe(TERRAIN_COST[cls].open + RIVER_CROSSING_COST[cls]);
    expect(cost(cls, at(5, 6), at(4, 6))).toBe(TERRAIN_COST[cls].open + RIVER_CROSSING_COST[cls]);
    // Moving along the river bank, not across it, costs the terrain alone.
    expect(cost(cls, at(4, 5), at(5, 5))).toBe(TERRAIN_COST[cls].open);
  });

  test.each(CLASSES)("a road over a bridged river: %s units pay the road cost only", (cls) => {
    expect(cost(cls, at(4, 8), at(5, 8))).toBe(ROAD_COST[cls]);
  });

  test.each(CLASSES)("a road to an unbridged river: %s units pay the road cost and the crossing", (cls) => {
    expect(cost(cls, at(10, 6), at(11, 6))).toBe(ROAD_COST[cls] + RIVER_CROSSING_COST[cls]);
  });

  test.each(CLASSES)("a bridge without a road spares %s units the crossing, not the terrain", (cls) => {
    expect(cost(cls, at(10, 4), at(11, 4))).toBe(TERRAIN_COST[cls].open);
    expect(cost(cls, at(11, 4), at(10, 4))).toBe(TERRAIN_COST[cls].open);
  });

  test("on the placeholder map every road step is cheaper than leaving the road, and every river crossing dearer", () => {
    const sketch = sketchMap();
    let roads = 0;
    let rivers = 0;
    const bad: string[] = [];
    for (let id = 0; id < sketch.size; id++) {
      for (let d = 0; d < 6; d++) {
        const n = sketch.neighbours[id * 6 + d] ?? -1;
        if (n < 0) continue;
        const terrain = TERRAINS[sketch.terrain[n] ?? 0] ?? "sea";
        const c = stepCost(sketch, "tracked", id, d, n);
        if ((sketch.roads[id] ?? 0) & (1 << d)) {
          roads++;
          if (!(c < TERRAIN_COST.tracked[terrain])) bad.push(`road ${id}→${n} costs ${c}`);
        } else if ((sketch.rivers[id] ?? 0) & (1 << d)) {
          rivers++;
          if (!(c > TERRAIN_COST.tracked[terrain])) bad.push(`river ${id}→${n} costs ${c}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(roads).toBeGreaterThan(100);
    expect(rivers).toBeGreaterThan(20);
  });
});

describe("stepCost on the Baltic map", () => {
  test("a road step is cheaper than the terrain; a river crossing is dearer unless a bridge spans it, and then it costs the terrain", () => {
    const map = loadMap(BALTIC_MAP_ID);
    if (!map) throw new Error("no Baltic map");
    const counts = { roads: 0, bridged: 0, unbridged: 0 };
    const bad: string[] = [];
    for (let id = 0; id < map.size; id++) {
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[id * 6 + d] ?? -1;
        if (n < 0) continue;
        const terrainCost = TERRAIN_COST.tracked[TERRAINS[map.terrain[n] ?? 0] ?? "sea"];
        const c = stepCost(map, "tracked", id, d, n);
        const bit = 1 << d;
        if ((map.roads[id] ?? 0) & bit) {
          counts.roads++;
          if (!(c < terrainCost)) bad.push(`road ${id}→${n} costs ${c}`);
        } else if ((map.rivers[id] ?? 0) & bit) {
          const bridged = ((map.bridges[id] ?? 0) & bit) !== 0;
          counts[bridged ? "bridged" : "unbridged"]++;
          if (bridged ? c !== terrainCost : !(c > terrainCost)) bad.push(`${bridged ? "bridged" : "unbridged"} river ${id}→${n} costs ${c}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(counts.roads).toBeGreaterThan(1000);
    expect(counts.unbridged).toBeGreaterThan(500);
    expect(counts.bridged).toBeGreaterThan(10);
  });
});

describe("reachable", () => {
  const lone = (): GameState => gridGame(map, [{ id: "r1", side: "red", at: [2, 2] }, { id: "b1", side: "blue", at: [14, 10] }]);

  test("a road carries a tracked unit ten hexes where open ground carries it five", () => {
    const state = lone();
    const reach = reachable(map, state, unitOf(state, "r1"));
    expect(reach.cost.get(at(8, 2))).toBe(60);
    expect(reach.destinations).toContain(at(8, 2));
    expect(reach.cost.get(at(2, 7))).toBe(100); // five open hexes south
    expect(reach.cost.get(at(2, 8))).toBeUndefined(); // six
    expect(reach.destinations).not.toContain(at(2, 2));
  });

  test("lists its destinations in ascending order, each reached at a cost and never the origin", () => {
    const state = lone();
    const unit = unitOf(state, "r1");
    const reach = reachable(map, state, unit);
    expect(reach.destinations).toEqual([...reach.destinations].sort((a, b) => a - b));
    expect(new Set(reach.destinations).size).toBe(reach.destinations.length);
    for (const hex of reach.destinations) expect(reach.cost.has(hex)).toBe(true);
    expect(reach.cost.get(unit.hex)).toBe(0);
    expect(reach.prev.has(unit.hex)).toBe(false);
    expect([...reach.cost.keys()].slice(1).sort((a, b) => a - b)).toEqual([...reach.prev.keys()].sort((a, b) => a - b));
  });

  test("pathTo reads the same path whether or not the cost map was read first", () => {
    const state = lone();
    const unit = unitOf(state, "r1");
    const fresh = reachable(map, state, unit);
    const read = reachable(map, state, unit);
    void read.cost;
    for (const hex of read.destinations) expect(pathTo(fresh, hex)).toEqual(pathTo(read, hex));
  });

  test("every destination's cheapest path validates and costs what reach says", () => {
    const state = lone();
    const unit = unitOf(state, "r1");
    const reach = reachable(map, state, unit);
    expect(reach.destinations.length).toBeGreaterThan(30);
    for (const hex of reach.destinations) {
      const path = pathTo(reach, hex);
      let total = 0;
      let prev = unit.hex;
      for (const h of path) {
        total += stepCost(map, "tracked", prev, directionTo(map, prev, h), h);
        prev = h;
      }
      expect(total).toBe(reach.cost.get(hex));
      expect(total).toBeLessThanOrEqual(unit.mp);
      expect(validate(state, { type: "move", side: "red", unit: "r1", path })).toEqual({ ok: true });
    }
  });

  test("pathTo gives nothing for the origin or a hex out of reach", () => {
    const state = lone();
    const reach = reachable(map, state, unitOf(state, "r1"));
    expect(pathTo(reach, at(2, 2))).toEqual([]);
    expect(pathTo(reach, at(15, 11))).toEqual([]);
  });

  test("water and known enemy hexes are never destinations", () => {
    const state = gridGame(map, [{ id: "r1", side: "red", at: [8, 9] }, { id: "b1", side: "blue", at: [8, 11] }]);
    const reach = reachable(map, state, unitOf(state, "r1"));
    expect(reach.destinations).not.toContain(at(9, 9));
    expect(reach.destinations).not.toContain(at(8, 11));
  });
});

describe("zones of control", () => {
  /** b1 two hexes east of r1 on row 10: red sees it. */
  const facing = (): GameState => gridGame(map, [{ id: "r1", side: "red", at: [1, 10] }, { id: "b1", side: "blue", at: [3, 10] }]);

  test("entering a known enemy's zone of control ends the move: the path may stop there but not go on", () => {
    const state = facing();
    expect(validate(state, { type: "move", side: "red", unit: "r1", path: [at(2, 10)] })).toEqual({ ok: true });
    expect(validate(state, { type: "move", side: "red", unit: "r1", path: [at(2, 10), step(map, at(2, 10), NORTH_EAST)] })).toMatchObject({ ok: false, code: "move/zoc" });
  });

  test("a unit that moved into a zone of control may leave it, but not straight into another zone hex", () => {
    const state = apply(facing(), { type: "move", side: "red", unit: "r1", path: [at(2, 10)] }).state;
    expect(unitOf(state, "r1").mp).toBe(80);
    expect(validate(state, { type: "move", side: "red", unit: "r1", path: [at(1, 10)] })).toEqual({ ok: true });
    const alongside = step(map, at(2, 10), NORTH_EAST);
    expect(directionTo(map, alongside, at(3, 10))).not.toBe(-1); // also next to b1
    expect(validate(state, { type: "move", side: "red", unit: "r1", path: [alongside] })).toMatchObject({ ok: false, code: "move/zoc" });
  });

  test("a hidden enemy in the path interrupts the move where its zone of control begins", () => {
    const state = gridGame(map, [{ id: "r1", side: "red", at: [1, 10] }, { id: "b1", side: "blue", at: [5, 10] }]);
    expect(playerView(state, "red").units).toHaveLength(1);
    const path = walk(map, at(1, 10), [EAST, EAST, EAST, EAST, EAST]);
    expect(validate(state, { type: "move", side: "red", unit: "r1", path })).toEqual({ ok: true });
    const result = apply(state, { type: "move", side: "red", unit: "r1", path });
    expect(result.events).toEqual([
      { type: "unit-moved", unit: "r1", from: at(1, 10), to: at(4, 10), path: [at(2, 10), at(3, 10), at(4, 10)], cost: 60 },
      { type: "move-interrupted", unit: "r1", at: at(4, 10), by: "b1", reason: "enemy-zoc" },
    ]);
    const r1 = unitOf(result.state, "r1");
    expect(r1.hex).toBe(at(4, 10));
    expect(r1.mp).toBe(0);
    expect(unitsOf(playerView(result.state, "red")).map((u) => u.id).sort()).toEqual(["b1", "r1"]);
  });

  test("a move whose last step enters a hidden enemy's zone of control is not interrupted", () => {
    const state = gridGame(map, [{ id: "r1", side: "red", at: [1, 10] }, { id: "b1", side: "blue", at: [5, 10] }]);
    const result = apply(state, { type: "move", side: "red", unit: "r1", path: walk(map, at(1, 10), [EAST, EAST, EAST]) });
    expect(result.events.map((e) => e.type)).toEqual(["unit-moved"]);
    expect(unitOf(result.state, "r1").mp).toBe(40);
  });

  test("legal moves for a unit next to an enemy never step straight into another of its zone hexes", () => {
    const state = gridGame(map, [{ id: "r1", side: "red", at: [2, 10] }, { id: "b1", side: "blue", at: [3, 10] }]);
    const zone = new Set(Array.from({ length: 6 }, (_, d) => step(map, at(3, 10), d)));
    for (const c of legalCommands(state, "red")) {
      if (c.type !== "move") continue;
      expect(zone.has(c.path[0] ?? -1), JSON.stringify(c)).toBe(false);
    }
  });
});
