// Objectives: moving onto one captures it; red reaching its points wins at once.

import { describe, expect, test } from "vitest";
import { apply, pointsHeld, validate, type GameState } from "../../../src/engine";
import { cellId, gridGame, gridMap } from "../../fixtures/grid";

const map = gridMap({ id: "victory-grid" });
const at = (col: number, row: number): number => cellId(map.cols, [col, row]);

function game(points: number, redPointsToWin = 10): GameState {
  return gridGame(
    map,
    [
      { id: "r1", side: "red", at: [2, 4] },
      { id: "b1", side: "blue", at: [14, 10] },
    ],
    {
      redPointsToWin,
      objectives: [
        { name: "Testburg", at: [3, 4], points, holder: "blue" },
        { name: "Redtown", at: [1, 4], points: 3, holder: "red" },
      ],
    },
  );
}

describe("capturing objectives", () => {
  test("moving onto an enemy-held objective emits hex-captured and changes its holder", () => {
    const state = game(3);
    const result = apply(state, { type: "move", side: "red", unit: "r1", path: [at(3, 4)] });
    expect(result.events).toContainEqual({ type: "hex-captured", hex: at(3, 4), side: "red", name: "Testburg" });
    expect(result.state.control[String(at(3, 4))]).toBe("red");
    expect(state.control[String(at(3, 4))]).toBe("blue");
    expect(result.state.status.kind).toBe("playing");
    expect(pointsHeld(result.state.objectives, result.state.control, "red")).toBe(6);
  });

  test("moving onto an objective the mover already holds captures nothing", () => {
    const result = apply(game(3), { type: "move", side: "red", unit: "r1", path: [at(1, 4)] });
    expect(result.events.map((e) => e.type)).toEqual(["unit-moved"]);
  });

  test("red reaching redPointsToWin ends the game at once with red the winner", () => {
    const state = game(7, 10);
    expect(pointsHeld(state.objectives, state.control, "red")).toBe(3);
    const result = apply(state, { type: "move", side: "red", unit: "r1", path: [at(3, 4)] });
    expect(result.events.map((e) => e.type)).toEqual(["unit-moved", "hex-captured", "game-over"]);
    expect(result.events[2]).toMatchObject({ type: "game-over", winner: "red" });
    expect(result.state.status).toMatchObject({ kind: "over", winner: "red" });
    expect(validate(result.state, { type: "end-turn", side: "red" })).toMatchObject({ ok: false, code: "game/over" });
  });

  test("blue takes an objective back the same way", () => {
    let state = gridGame(
      map,
      [
        { id: "r1", side: "red", at: [14, 1] },
        { id: "b1", side: "blue", at: [2, 4] },
      ],
      { objectives: [{ name: "Lost", at: [3, 4], points: 2, holder: "red" }] },
    );
    state = apply(state, { type: "end-turn", side: "red" }).state;
    const result = apply(state, { type: "move", side: "blue", unit: "b1", path: [at(3, 4)] });
    expect(result.events).toContainEqual({ type: "hex-captured", hex: at(3, 4), side: "blue", name: "Lost" });
    expect(result.state.control[String(at(3, 4))]).toBe("blue");
  });
});

describe("pointsHeld", () => {
  test("adds the points of the objectives a side holds", () => {
    const objectives = [
      { hex: 1, name: "a", points: 10 },
      { hex: 2, name: "b", points: 3 },
      { hex: 3, name: "c", points: 2 },
    ];
    expect(pointsHeld(objectives, { "1": "red", "2": "blue", "3": "red" }, "red")).toBe(12);
    expect(pointsHeld(objectives, { "1": "red", "2": "blue", "3": "red" }, "blue")).toBe(3);
    expect(pointsHeld(objectives, {}, "red")).toBe(0);
  });
});
