// Supply decides fights: a unit's own stocks carry it through about three days of combat,
// and then it fights at a fraction of its power. Played through real commands and turns.

import { describe, expect, test } from "vitest";
import { FULL_STOCKS, apply, type CombatResolvedEvent, type Command, type GameState } from "../../../src/engine";
import { cellId, gridGame, gridMap, unitOf, type PieceSpec } from "../../fixtures/grid";
import { source, withSupply } from "../../fixtures/supply";

const map = gridMap({ id: "stocks-grid" });
const at = (col: number, row: number): number => cellId(map.cols, [col, row]);

function run(state: GameState, cmd: Command): { state: GameState; events: ReturnType<typeof apply>["events"] } {
  const result = apply(state, cmd);
  if (result.rejection) throw new Error(`${JSON.stringify(cmd)} refused: ${result.rejection.code} ${result.rejection.message}`);
  return result;
}

describe("stocks", () => {
  test("a brigade with full stocks fights about 3 days (6 turns) without resupply, then runs out of ammunition", () => {
    // A red brigade with no source of supply, attacked each turn by a fresh blue battalion that
    // has little chance of carrying the position (so the brigade stays and keeps fighting).
    const blue: PieceSpec[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ id: `b${n}`, side: "blue", at: n <= 4 ? [5, 5] : [5, 4] }));
    const base = gridGame(map, [{ id: "r1", side: "red", template: "ru-mr-brigade", at: [4, 5] }, ...blue], { lastTurn: 20 });
    let state = withSupply(base, { sources: [source(map, "blue-depot", "blue", [8, 5], 20)] });

    const ammoFactor: number[] = [];
    const ammoBefore: number[] = [];
    for (let turn = 1; turn <= 8; turn++) {
      state = run(state, { type: "end-turn", side: "red" }).state;
      ammoBefore.push(unitOf(state, "r1").ammo);
      const result = run(state, { type: "attack", side: "blue", units: [`b${turn}`], target: at(4, 5) });
      const e = result.events.find((x): x is CombatResolvedEvent => x.type === "combat-resolved");
      if (!e || e.success) throw new Error(`turn ${turn}: the brigade was pushed off; the test needs it to stay`);
      ammoFactor.push(e.modifiers.find((m) => m.side === "defender" && m.id === "ammo")?.factor ?? NaN);
      state = run(result.state, { type: "end-turn", side: "blue" }).state;
    }
    // Six turns of fighting at full power from its own stocks, out of ammunition on the seventh.
    expect(ammoBefore[0]).toBe(FULL_STOCKS);
    expect(ammoFactor.slice(0, 6)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(ammoFactor[6]).toBeLessThan(0.5);
    expect(unitOf(state, "r1").ammo).toBe(0);
    // Cut off all the while, it climbed the ladder and is now partly immobile.
    expect(unitOf(state, "r1").unsupplied).toBeGreaterThanOrEqual(3);
  });

  test("the same brigade in supply is resupplied and never runs dry", () => {
    const blue: PieceSpec[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ id: `b${n}`, side: "blue", at: n <= 4 ? [5, 5] : [5, 4] }));
    const base = gridGame(map, [{ id: "r1", side: "red", template: "ru-mr-brigade", at: [4, 5] }, ...blue], { lastTurn: 20 });
    let state = withSupply(base, { sources: [source(map, "blue-depot", "blue", [8, 5], 20), source(map, "red-depot", "red", [1, 5], 20)] });
    for (let turn = 1; turn <= 8; turn++) {
      state = run(state, { type: "end-turn", side: "red" }).state;
      expect(unitOf(state, "r1").ammo).toBeGreaterThan(0);
      state = run(state, { type: "attack", side: "blue", units: [`b${turn}`], target: at(4, 5) }).state;
      state = run(state, { type: "end-turn", side: "blue" }).state;
    }
    expect(unitOf(state, "r1").unsupplied).toBe(0);
  });
});
