// What the overlays mark, from the viewer's view only: supply classes, enemy zones of control
// and threat, the hexes under observation and the front line.

import { describe, expect, test } from "vitest";
import { distance, isWater, playerView, type HexId, type HexMap } from "../../src/engine";
import {
  ENEMY_THREAT,
  ENEMY_ZOC,
  FRONT_DEPTH,
  OUT_NEAR,
  SUPPLY_OUT,
  SUPPLY_SHORT,
  SUPPLY_TRACED,
  enemyPressure,
  frontLine,
  observedHexes,
  supplyClasses,
} from "../../src/render/overlay-analysis";
import { cellId, gridGame, gridMap, type Cell } from "../fixtures/grid";
import { layRail, row, source, withSupply } from "../fixtures/supply";

const at = (map: HexMap, cell: Cell): HexId => cellId(map.cols, cell);

describe("supply overlay", () => {
  const map = gridMap({ id: "overlay-supply", cols: 30, rows: 12, terrain: { lake: [[14, 9]] } });
  layRail(map, row(2, 0, 25));
  const state = withSupply(gridGame(map, [{ id: "b1", side: "blue", at: [12, 10] }]), { sources: [source(map, "rh", "blue", [0, 2], 10)] });
  const classes = supplyClasses(map, playerView(state, "blue"));

  test("the railway is traced, the end of the truck range short, beyond it out near the viewer's unit", () => {
    expect(classes[at(map, [12, 2])]).toBe(SUPPLY_TRACED);
    expect(classes[at(map, [12, 7])]).toBe(SUPPLY_SHORT);
    expect(classes[at(map, [12, 8])]).toBe(SUPPLY_OUT);
  });

  test("land out of supply far from the viewer's units, and water, are left unmarked", () => {
    expect(distance(map, at(map, [28, 11]), at(map, [12, 10]))).toBeGreaterThan(OUT_NEAR);
    expect(classes[at(map, [28, 11])]).toBe(0);
    expect(classes[at(map, [14, 9])]).toBe(0);
  });
});

describe("enemy zones of control and threat", () => {
  const map = gridMap({ id: "overlay-enemy", terrain: { lake: [[8, 5]] } });

  test("a seen enemy's hex and the land next to it are its zone; water and hidden enemies mark nothing", () => {
    const state = gridGame(map, [
      { id: "r1", side: "red", at: [5, 5] },
      { id: "seen", side: "blue", at: [7, 5] },
      { id: "hidden", side: "blue", at: [14, 10] },
    ]);
    const pressure = enemyPressure(map, playerView(state, "red"));
    const seen = at(map, [7, 5]);
    expect(pressure[seen]).toBe(ENEMY_ZOC);
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[seen * 6 + d] ?? -1;
      expect(pressure[n], `neighbour ${d}`).toBe(isWater(map, n) ? 0 : ENEMY_ZOC);
    }
    expect(pressure[at(map, [13, 10])]).toBe(0);
    // Beyond its zone the seen battalion still threatens where a full turn's move takes it.
    expect(pressure[at(map, [7, 3])]).toBe(ENEMY_THREAT);
  });

  test("guns threaten every hex within their reach of where they stand, and no further", () => {
    const state = gridGame(map, [
      { id: "r1", side: "red", at: [2, 2] },
      { id: "guns", side: "blue", template: "nato-artillery-bn", at: [4, 2] },
    ]);
    const pressure = enemyPressure(map, playerView(state, "red"));
    expect(pressure[at(map, [7, 2])]).toBe(ENEMY_THREAT); // three hexes: the battalion's reach
    expect(pressure[at(map, [8, 2])]).toBe(0);
  });
});

describe("fog of war overlay", () => {
  const map = gridMap({ id: "overlay-fog" });
  const state = gridGame(map, [
    { id: "r1", side: "red", at: [2, 2] },
    { id: "recon", side: "red", template: "ru-recon-bn", at: [2, 9] },
    { id: "b1", side: "blue", at: [14, 5] },
  ]);
  const observed = observedHexes(map, playerView(state, "red"));

  test("a hex is observed within a unit's detection range and in the fog beyond it", () => {
    expect(observed[at(map, [4, 2])]).toBe(1);
    expect(observed[at(map, [5, 2])]).toBe(0);
    expect(observed[at(map, [5, 9])]).toBe(1); // reconnaissance sees three hexes
    expect(observed[at(map, [14, 5])]).toBe(0); // the enemy's own position, unseen
  });
});

describe("front line", () => {
  const map = gridMap({ id: "overlay-front" });

  test("it runs between land nearer the viewer's units and land at least as near the enemy it sees", () => {
    const state = gridGame(map, [
      { id: "r1", side: "red", at: [5, 5] },
      { id: "b1", side: "blue", at: [7, 5] },
    ]);
    const view = playerView(state, "red");
    const edges = frontLine(map, view);
    expect(edges.length).toBeGreaterThan(0);
    const red = at(map, [5, 5]);
    const blue = at(map, [7, 5]);
    for (const e of edges) {
      const other = map.neighbours[e.hex * 6 + e.dir] ?? -1;
      expect(distance(map, e.hex, red)).toBeLessThan(distance(map, e.hex, blue));
      expect(distance(map, other, red)).toBeGreaterThanOrEqual(distance(map, other, blue));
      expect(distance(map, e.hex, blue)).toBeLessThanOrEqual(FRONT_DEPTH);
    }
    // The red unit's own hex borders the hex halfway between the two.
    expect(edges.some((e) => e.hex === red && map.neighbours[e.hex * 6 + e.dir] === at(map, [6, 5]))).toBe(true);
  });

  test("there is no line while no enemy is in sight", () => {
    const state = gridGame(map, [
      { id: "r1", side: "red", at: [2, 5] },
      { id: "b1", side: "blue", at: [12, 5] },
    ]);
    expect(frontLine(map, playerView(state, "red"))).toEqual([]);
  });
});
