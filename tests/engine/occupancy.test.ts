// The units-by-hex index: two are kept, so a state's and a view's do not rebuild each other,
// and a state's is updated from its predecessor's; a stale one is refused.

import { describe, expect, test } from "vitest";
import { apply, playerView, type GameState, type HexId } from "../../src/engine";
import { enemyIn, occupancy, type Occupancy } from "../../src/engine/occupancy";
import { gridMap, nearAndFarGame, unitOf } from "../fixtures/grid";

const map = gridMap({ id: "occupancy-grid" });

const game = (): GameState => nearAndFarGame(map);

/** Unit positions per hex as the index links them. */
function listed(occ: Occupancy): Map<HexId, number[]> {
  const out = new Map<HexId, number[]>();
  for (let hex = 0; hex < occ.head.length; hex++) {
    for (let i = occ.head[hex] ?? -1; i >= 0; i = occ.next[i] ?? -1) out.set(hex, [...(out.get(hex) ?? []), i]);
  }
  return out;
}

/** The same, worked out from the units array alone. */
function expected(state: Pick<GameState, "units">): Map<HexId, number[]> {
  const out = new Map<HexId, number[]>();
  state.units.forEach((u, i) => {
    if (u.hex >= 0) out.set(u.hex, [...(out.get(u.hex) ?? []), i]);
  });
  return out;
}

describe("occupancy", () => {
  test("a state's index and its view's stay usable side by side", () => {
    const state = game();
    const view = playerView(state, "red");
    const ofState = occupancy(state, map.size);
    const ofView = occupancy(view, map.size);
    expect(listed(ofView)).toEqual(expected(view));
    expect(occupancy(state, map.size)).toBe(ofState);
    expect(listed(ofState)).toEqual(expected(state));
    expect(enemyIn(ofState, unitOf(state, "b-far").hex, "red")?.id).toBe("b-far");
  });

  test("the index of a state after a move is updated from the one before and matches a fresh one", () => {
    const state = game();
    occupancy(state, map.size);
    occupancy(playerView(state, "red"), map.size);
    const r1 = unitOf(state, "r1");
    const moved = apply(state, { type: "move", side: "red", unit: "r1", path: [map.neighbours[r1.hex * 6 + 3] ?? -1] });
    expect(moved.rejection).toBeUndefined();
    expect(listed(occupancy(moved.state, map.size))).toEqual(expected(moved.state));
  });

  test("an index whose arrays went to another is refused", () => {
    const state = game();
    const first = occupancy(state, map.size);
    occupancy(playerView(state, "red"), map.size);
    occupancy(playerView(state, "blue"), map.size);
    expect(() => enemyIn(first, 0, "red")).toThrow(/stale/);
  });
});
