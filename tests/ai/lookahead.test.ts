// The expert's look-ahead: it plays the coming turn out several ways from its own view, with the
// engine, and keeps the best. It must be deterministic, see no more than the view, and say so.

import { describe, expect, test } from "vitest";
import { PLAN_VARIANTS, TUNING, judge, lookAhead, playAiGame } from "../../src/ai";
import { apply, mapOf, playerView, type GameState } from "../../src/engine";
import { loadBundled, startGame } from "../../src/scenario";

function firstContact() {
  const loaded = loadBundled("first-contact");
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value;
}

describe("look-ahead", () => {
  test("tries every plan variant from the view and gives the same choice for the same view", () => {
    const state = startGame(firstContact(), "3");
    const view = playerView(state, "red");
    const a = lookAhead(mapOf(view), view, "red", TUNING.expert, "3");
    const b = lookAhead(mapOf(view), view, "red", TUNING.expert, "3");
    expect(a.values).toHaveLength(PLAN_VARIANTS.length);
    expect(a.values.every(Number.isFinite)).toBe(true);
    expect(b).toEqual(a);
    expect(a.values[PLAN_VARIANTS.indexOf(a.variant)]).toBe(Math.max(...a.values));
  });

  test("reads nothing hidden: moving blue units red cannot see changes nothing", () => {
    const state = startGame(firstContact(), "3");
    const seen = new Set(playerView(state, "red").units.map((u) => u.id));
    const hidden = state.units.filter((u) => u.side === "blue" && !seen.has(u.id));
    expect(hidden.length).toBeGreaterThan(0);
    // Swap the hidden blue units' places among themselves: the truth differs, red's view does not.
    const hexes = hidden.map((u) => u.hex).reverse();
    const moved: GameState = { ...state, units: state.units.map((u) => (seen.has(u.id) || u.side !== "blue" ? u : { ...u, hex: hexes[hidden.indexOf(u)] ?? u.hex })) };
    expect(playerView(moved, "red")).toEqual(playerView(state, "red"));
    const one = lookAhead(mapOf(state), playerView(state, "red"), "red", TUNING.expert, "9");
    const two = lookAhead(mapOf(moved), playerView(moved, "red"), "red", TUNING.expert, "9");
    expect(two).toEqual(one);
  });

  test("judges a won game above anything else and a lost one below", () => {
    const state = startGame(firstContact(), "1");
    const map = mapOf(state);
    const won: GameState = { ...state, status: { kind: "over", winner: "red", reason: "test" } };
    expect(judge(map, state, won, "red")).toBe(10_000);
    expect(judge(map, state, won, "blue")).toBe(-10_000);
    expect(Math.abs(judge(map, state, state, "red"))).toBeLessThan(10_000);
  });

  test("an expert game is legal, repeats with its seed, and its summaries say it looked ahead", () => {
    const loaded = firstContact();
    const game = playAiGame(loaded, "5", { red: "expert", blue: "novice" });
    expect(game.refused).toEqual([]);
    expect(game.state.status.kind).toBe("over");
    expect(game.summaries.filter((s) => s.side === "red").every((s) => /after trying the turn several ways/.test(s.text))).toBe(true);
    const again = playAiGame(loaded, "5", { red: "expert", blue: "novice" });
    expect(again.commands).toEqual(game.commands);
    // The trials leave no trace on the real game: replaying its commands gives its final state.
    let state = startGame(loaded, "5");
    for (const command of game.commands) state = apply(state, command).state;
    expect(state.units).toEqual(game.state.units);
  });
});
