// Digging in follows from when a unit last moved and the clock: hasty in the turn it moved
// and the one after, prepared after one of its side's turn-ends, fortified after
// FORTIFIED_AFTER, whichever side moves first, and a retreat or advance starts it again.

import { describe, expect, test } from "vitest";
import { FORTIFIED_AFTER, apply, dugIn, postureOf, turnsEnded, type Command, type GameState, type Side } from "../../../src/engine";
import { cellId, gridGame, gridMap, unitOf } from "../../fixtures/grid";

const map = gridMap({ id: "entrench-grid", cols: 20, rows: 10 });

function play(state: GameState, ...commands: Command[]): GameState {
  for (const cmd of commands) {
    const result = apply(state, cmd);
    if (result.rejection) throw new Error(`${cmd.type} refused: ${result.rejection.message}`);
    state = result.state;
  }
  return state;
}

const end = (side: Side): Command => ({ type: "end-turn", side });

describe("digging in", () => {
  const pieces = [
    { id: "r", side: "red" as const, at: [2, 2] as [number, number] },
    { id: "b", side: "blue" as const, at: [15, 7] as [number, number] },
  ];

  test("counts its side's turn-ends, for the side that moves first and the one that moves second", () => {
    let state = gridGame(map, pieces);
    expect(turnsEnded(state, "red")).toBe(0);
    expect(turnsEnded(state, "blue")).toBe(0);
    state = play(state, end("red"));
    expect(turnsEnded(state, "red")).toBe(1);
    expect(turnsEnded(state, "blue")).toBe(0);
    state = play(state, end("blue"));
    expect(turnsEnded(state, "red")).toBe(1);
    expect(turnsEnded(state, "blue")).toBe(1);
  });

  test("a unit standing from the start is hasty, then prepared, then fortified, and stays unchanged in the state", () => {
    let state = gridGame(map, pieces);
    const start = unitOf(state, "b");
    expect(dugIn(state, start)).toBe(0);
    expect(postureOf(state, start)).toBe("hasty");
    const seen: number[] = [];
    for (let turn = 0; turn < FORTIFIED_AFTER + 2; turn++) {
      state = play(state, end("red"), end("blue"));
      seen.push(dugIn(state, unitOf(state, "b")));
    }
    expect(seen).toEqual([1, 2, 3, 4, 4, 4].map((n) => Math.min(n, FORTIFIED_AFTER)));
    expect(postureOf(state, unitOf(state, "b"))).toBe("fortified");
    expect(unitOf(state, "b").settled).toBe(start.settled);
  });

  test("a move starts it again: -1 in the turn it moved, 0 after its side's turn ends, prepared a turn later", () => {
    let state = gridGame(map, pieces);
    state = play(state, end("red"), end("blue"), end("red"), end("blue"));
    expect(dugIn(state, unitOf(state, "r"))).toBe(2);
    state = play(state, { type: "move", side: "red", unit: "r", path: [cellId(map.cols, [3, 2])] });
    expect(dugIn(state, unitOf(state, "r"))).toBe(-1);
    expect(postureOf(state, unitOf(state, "r"))).toBe("hasty");
    state = play(state, end("red"));
    expect(dugIn(state, unitOf(state, "r"))).toBe(0);
    expect(postureOf(state, unitOf(state, "r"))).toBe("hasty");
    state = play(state, end("blue"), end("red"));
    expect(dugIn(state, unitOf(state, "r"))).toBe(1);
    expect(postureOf(state, unitOf(state, "r"))).toBe("prepared");
  });

  test("a chosen stance overrides digging in", () => {
    let state = gridGame(map, pieces);
    state = play(state, end("red"), { type: "set-stance", side: "blue", unit: "b", stance: "delay" });
    expect(postureOf(state, unitOf(state, "b"))).toBe("delay");
  });
});
