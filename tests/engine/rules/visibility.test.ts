// Fog of war: a side detects an enemy within the detection range of any of its units.
// detectedBy remembers recent answers and keeps a count of the units seeing each hex, moved
// along with the units a command moves, instead of measuring every pair: checked here against
// canSee, the definition, over a game.

import { describe, expect, test } from "vitest";
import { apply, canSee, detectedBy, legalCommands, mapOf, playerView, type GameState, type Side } from "../../../src/engine";
import { startGame } from "../../../src/scenario";
import { firstContact } from "../../fixtures/first-contact";
import { gridGame, gridMap, unitOf } from "../../fixtures/grid";

const map = gridMap({ id: "visibility-grid" });

describe("detection", () => {
  const state = gridGame(map, [
    { id: "r1", side: "red", at: [2, 2] },
    { id: "recon", side: "red", template: "ru-recon-bn", at: [2, 9] },
    { id: "near", side: "blue", at: [4, 2] }, // two hexes from r1
    { id: "far", side: "blue", at: [5, 2] }, // three from r1
    { id: "by-recon", side: "blue", at: [5, 9] }, // three from the recon battalion
    { id: "lost", side: "blue", at: [14, 5] },
  ]);

  test("an enemy within two hexes of a line unit is seen, one at three is not", () => {
    expect(canSee(map, state, "red", unitOf(state, "near"))).toBe(true);
    expect(canSee(map, state, "red", unitOf(state, "far"))).toBe(false);
  });

  test("a reconnaissance battalion sees three hexes", () => {
    expect(canSee(map, state, "red", unitOf(state, "by-recon"))).toBe(true);
  });

  test("a side always knows its own units", () => {
    expect(canSee(map, state, "blue", unitOf(state, "lost"))).toBe(true);
    expect(canSee(map, state, "red", unitOf(state, "recon"))).toBe(true);
  });

  test("detectedBy lists exactly the enemies canSee admits", () => {
    expect([...detectedBy(map, state, "red")].sort()).toEqual(["by-recon", "near"]);
    expect([...detectedBy(map, state, "blue")].sort()).toEqual(["r1"]);
  });
});

describe("detection over a game", () => {
  /** Ids of the enemies canSee admits, one by one: the definition detectedBy must agree with. */
  const byDefinition = (state: Pick<GameState, "units" | "map">, side: Side): string[] =>
    state.units.filter((u) => u.side !== side && canSee(mapOf(state), state, side, u)).map((u) => u.id);

  test("detectedBy agrees with canSee after every command, asked of the state or of the view", () => {
    let state = startGame(firstContact(), "detection");
    const map = mapOf(state);
    for (let i = 0; i < 120 && state.status.kind === "playing"; i++) {
      for (const side of ["red", "blue"] as const) {
        const expected = byDefinition(state, side);
        expect([...detectedBy(map, state, side)]).toEqual(expected);
        const view = playerView(state, side);
        expect([...detectedBy(map, view, side)]).toEqual(expected);
      }
      // Every fifth command the side may give, then the end of its turn: moves, attacks and upkeep.
      const legal = legalCommands(state, state.active).filter((c) => c.type !== "end-turn");
      const command = i % 6 === 5 || legal.length === 0 ? { type: "end-turn" as const, side: state.active } : legal[(i * 5) % legal.length];
      if (!command) break;
      const result = apply(state, command);
      if (!result.rejection) state = result.state;
    }
  });
});
