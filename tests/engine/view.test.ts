// What one side may see: its own units, the enemies it detects, no dice.

import { describe, expect, test } from "vitest";
import { hash, legalCommands, playerView, validate, type GameState } from "../../src/engine";
import { firstContact } from "../fixtures/first-contact";
import { gridMap, nearAndFarGame, unitsOf } from "../fixtures/grid";
import { startGame } from "../../src/scenario";

const map = gridMap({ id: "view-grid" });

const game = (): GameState => nearAndFarGame(map);

const ids = (view: { units: GameState["units"] }): string[] => unitsOf(view).map((u) => u.id).sort();

describe("playerView", () => {
  test("hides enemy units outside detection range and keeps those inside it", () => {
    const state = game();
    expect(ids(playerView(state, "red"))).toEqual(["b-near", "r1", "r2"]);
    expect(ids(playerView(state, "blue"))).toEqual(["b-far", "b-near", "r1"]);
  });

  test("has no rng key, names its viewer and keeps the rest of the board", () => {
    const state = game();
    const view = playerView(state, "red");
    expect("rng" in view).toBe(false);
    expect(JSON.stringify(view)).not.toContain('"rng"');
    expect(view.viewer).toBe("red");
    const { rng: _rng, units: _u, ...board } = state;
    const { viewer: _v, units: _vu, ...seen } = view;
    expect(seen).toEqual(board);
  });

  test("leaves the state it was made from unchanged", () => {
    const state = game();
    const before = hash(state);
    playerView(state, "red");
    playerView(state, "blue");
    expect(hash(state)).toBe(before);
    expect(ids(state)).toEqual(["b-far", "b-near", "r1", "r2"]);
  });

  test("a view of a view is the same view (and can be made for the other side without leaking)", () => {
    const state = game();
    const red = playerView(state, "red");
    expect(playerView(red, "red")).toEqual(red);
    expect(playerView(red, "blue").viewer).toBe("blue");
    expect(ids(playerView(red, "blue"))).not.toContain("b-far"); // red never knew of it
  });

  test("the first-contact start hides the whole other side: the armies begin out of sight", () => {
    const state = startGame(firstContact(), "1");
    for (const side of ["red", "blue"] as const) {
      const view = playerView(state, side);
      expect(unitsOf(view).every((u) => u.side === side)).toBe(true);
    }
  });

  test("validate and legalCommands give the same answers on the view as on the full state", () => {
    const state = game();
    const view = playerView(state, "red");
    const full = legalCommands(state, "red");
    expect(legalCommands(view, "red")).toEqual(full);
    for (const cmd of full) expect(validate(view, cmd)).toEqual(validate(state, cmd));
  });
});
