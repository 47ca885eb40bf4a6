// Victory by losses (issue 7): a scenario may say what share of its personnel a side can lose
// before it gives up the war; the game then ends at once, with the reason in a sentence.

import { describe, expect, test } from "vitest";
import { apply, lossPct, playerView, templateOf, type GameState } from "../../../src/engine";
import { loadScenario, startGame, type Scenario } from "../../../src/scenario";
import { firstContact } from "../../fixtures/first-contact";

function game(lossesToLose?: { red?: number; blue?: number }): GameState {
  const file = JSON.parse(JSON.stringify(firstContact().scenario)) as Scenario;
  const loaded = loadScenario({ ...file, victory: { ...file.victory, ...(lossesToLose ? { lossesToLose } : {}) } });
  if (!loaded.ok) throw new Error(loaded.error);
  return startGame(loaded.value, "1");
}

/** The state with every blue unit at `share` of its authorised personnel. */
function bled(state: GameState, share: number): GameState {
  return { ...state, units: state.units.map((u) => (u.side === "blue" ? { ...u, personnel: Math.floor(templateOf(u.template).personnel * share) } : u)) };
}

describe("victory by losses", () => {
  test("a side's losses are the share of its authorised personnel gone, destroyed units counting whole", () => {
    const state = game();
    expect(lossPct(state, "blue")).toBe(0);
    expect(lossPct(bled(state, 0.75), "blue")).toBeCloseTo(25, 0);
    const gone = { ...state, units: state.units.map((u, i) => (i === state.units.findIndex((x) => x.side === "red") ? { ...u, hex: -1 } : u)) };
    expect(lossPct(gone, "red")).toBeGreaterThan(0);
  });

  test("past its limit a side gives up the war when the turn ends, and both views show the limits", () => {
    const state = bled(game({ blue: 20 }), 0.7);
    expect(playerView(state, "red").lossLimits).toEqual({ blue: 20 });
    const result = apply(state, { type: "end-turn", side: "red" });
    expect(result.state.status).toEqual({ kind: "over", winner: "red", reason: "Blue has lost 30 % of its personnel, past the 20 % at which it gives up the war." });
    expect(result.events).toContainEqual(expect.objectContaining({ type: "game-over", winner: "red" }));
  });

  test("under the limit, or without one, the war goes on", () => {
    expect(apply(bled(game({ blue: 40 }), 0.7), { type: "end-turn", side: "red" }).state.status.kind).toBe("playing");
    const plain = game();
    expect("lossLimits" in plain).toBe(false);
    expect(apply(bled(plain, 0.1), { type: "end-turn", side: "red" }).state.status.kind).toBe("playing");
  });

  test("a bad limit in a scenario file is one sentence", () => {
    const file = JSON.parse(JSON.stringify(firstContact().scenario)) as Scenario;
    const result = loadScenario({ ...file, victory: { ...file.victory, lossesToLose: { red: 0 } } });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(/lossesToLose/);
  });
});
