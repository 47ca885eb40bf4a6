// The command table: every rejection has its stable code, a rejected command changes nothing,
// and legalCommands lists exactly what validate accepts for the side to move.

import { describe, expect, test } from "vitest";
import { MAX_PATH, apply, hash, legalCommands, playerView, validate, type Command, type GameState } from "../../src/engine";
import { EAST, NORTH_EAST, NORTH_WEST, WEST, cellId, gridGame, gridMap, step, unitOf, walk } from "../fixtures/grid";

const map = gridMap({ id: "commands-grid", terrain: { lake: [[6, 6]] } });
const at = (col: number, row: number): number => cellId(map.cols, [col, row]);

/** Red's BTG r1 in the middle of open ground, a lake to its west and blue's b1 far away. */
function base(): GameState {
  return gridGame(map, [
    { id: "r1", side: "red", at: [7, 6] },
    { id: "b1", side: "blue", at: [14, 1] },
  ]);
}

/** Blue's b1 two hexes east of r1: visible, with its zone of control between them. */
function facing(): GameState {
  return gridGame(map, [
    { id: "r1", side: "red", at: [7, 6] },
    { id: "b1", side: "blue", at: [9, 6] },
  ]);
}

/** r1 already next to b1, inside its zone of control. */
function touching(): GameState {
  return gridGame(map, [
    { id: "r1", side: "red", at: [8, 6] },
    { id: "b1", side: "blue", at: [9, 6] },
  ]);
}

/** Two red brigades (3 stacking points each) fill the hex east of r1. */
function fullStack(): GameState {
  return gridGame(map, [
    { id: "r1", side: "red", at: [7, 6] },
    { id: "rb1", side: "red", template: "ru-mr-brigade", at: [8, 6] },
    { id: "rb2", side: "red", template: "ru-mr-brigade", at: [8, 6] },
    { id: "b1", side: "blue", at: [14, 1] },
  ]);
}

/** The same game after both sides ended their only turn. */
function finished(): GameState {
  let state = gridGame(map, [
    { id: "r1", side: "red", at: [7, 6] },
    { id: "b1", side: "blue", at: [14, 1] },
  ], { lastTurn: 1 });
  state = apply(state, { type: "end-turn", side: "red" }).state;
  state = apply(state, { type: "end-turn", side: "blue" }).state;
  return state;
}

/** r1 after a move that a hidden enemy's zone of control cut short: no movement left. */
function exhausted(): GameState {
  const start = gridGame(map, [
    { id: "r1", side: "red", at: [2, 3] },
    { id: "b1", side: "blue", at: [6, 3] },
  ]);
  const moved = apply(start, { type: "move", side: "red", unit: "r1", path: walk(map, at(2, 3), [EAST, EAST, EAST, EAST]) });
  if (unitOf(moved.state, "r1").mp !== 0) throw new Error("fixture: the move was expected to be interrupted");
  return moved.state;
}

interface Case {
  name: string;
  code: string;
  state: () => GameState;
  command: (state: GameState) => unknown;
}

const move = (unit: string, path: unknown, side = "red"): unknown => ({ type: "move", side, unit, path });

const cases: Case[] = [
  { name: "a command from the side not to move", code: "turn/not-your-turn", state: base, command: () => move("b1", [at(13, 1)], "blue") },
  { name: "ending the other side's turn", code: "turn/not-your-turn", state: base, command: () => ({ type: "end-turn", side: "blue" }) },
  { name: "moving an enemy unit in sight", code: "unit/not-yours", state: touching, command: () => move("b1", [at(10, 6)]) },
  { name: "moving an enemy unit out of sight (as unknown as in the side's own view)", code: "unit/unknown", state: base, command: () => move("b1", [at(13, 1)]) },
  { name: "a step off the map", code: "move/off-map", state: base, command: () => move("r1", [-1]) },
  { name: "a hex id past the last hex", code: "move/off-map", state: base, command: () => move("r1", [map.size]) },
  { name: "a fractional hex id", code: "move/off-map", state: base, command: () => move("r1", [at(8, 6) + 0.5]) },
  { name: "a hex id that is not a number", code: "move/off-map", state: base, command: () => move("r1", [String(at(8, 6))]) },
  { name: "a huge hex id", code: "move/off-map", state: base, command: () => move("r1", [1e308]) },
  { name: "a path longer than the unit's movement", code: "move/out-of-range", state: base, command: () => move("r1", walk(map, at(7, 6), [EAST, EAST, EAST, EAST, EAST, EAST])) },
  { name: "a move by a unit with no movement left", code: "move/out-of-range", state: exhausted, command: (s) => move("r1", [step(map, unitOf(s, "r1").hex, WEST)]) },
  { name: "any command once the game is over", code: "game/over", state: finished, command: () => ({ type: "end-turn", side: "red" }) },
  { name: "a move once the game is over", code: "game/over", state: finished, command: () => move("r1", [at(8, 6)]) },
  { name: "a unit id that does not exist", code: "unit/unknown", state: base, command: () => move("ghost", [at(8, 6)]) },
  { name: "the unit id \"constructor\"", code: "unit/unknown", state: base, command: () => move("constructor", [at(8, 6)]) },
  { name: "the unit id \"__proto__\"", code: "unit/unknown", state: base, command: () => move("__proto__", [at(8, 6)]) },
  { name: "the unit id \"toString\"", code: "unit/unknown", state: base, command: () => move("toString", [at(8, 6)]) },
  { name: "a step that skips a hex", code: "move/not-adjacent", state: base, command: () => move("r1", [at(9, 6)]) },
  { name: "a later step that skips a hex", code: "move/not-adjacent", state: base, command: () => move("r1", [at(8, 6), at(10, 6)]) },
  { name: "a step into a lake", code: "move/impassable", state: base, command: () => move("r1", [at(6, 6)]) },
  { name: "a path that continues after entering an enemy zone of control", code: "move/zoc", state: facing, command: () => move("r1", [at(8, 6), step(map, at(8, 6), NORTH_EAST)]) },
  { name: "a step from one enemy zone of control straight into another", code: "move/zoc", state: touching, command: () => move("r1", [step(map, at(9, 6), NORTH_WEST)]) },
  { name: "a step into a hex held by a known enemy", code: "move/occupied", state: touching, command: () => move("r1", [at(9, 6)]) },
  { name: "ending in a hex whose stack is full", code: "move/stacking", state: fullStack, command: () => move("r1", [at(8, 6)]) },
  { name: "an empty path", code: "move/empty-path", state: base, command: () => move("r1", []) },
  { name: "a path that returns to the start", code: "move/loop", state: base, command: () => move("r1", [at(8, 6), at(7, 6)]) },
  { name: `a path of more than ${MAX_PATH} steps`, code: "move/path-too-long", state: base, command: () => move("r1", Array.from({ length: MAX_PATH + 1 }, () => at(8, 6))) },
  { name: "a command type the game does not know", code: "command/unknown-type", state: base, command: () => ({ type: "surrender", side: "red" }) },
  { name: "a command with no type", code: "command/unknown-type", state: base, command: () => ({ side: "red" }) },
  { name: "the command type \"toString\"", code: "command/unknown-type", state: base, command: () => ({ type: "toString", side: "red" }) },
  { name: "null", code: "command/malformed", state: base, command: () => null },
  { name: "a string", code: "command/malformed", state: base, command: () => "end-turn" },
  { name: "an array", code: "command/malformed", state: base, command: () => [{ type: "end-turn", side: "red" }] },
  { name: "a command without a side", code: "command/malformed", state: base, command: () => ({ type: "end-turn" }) },
  { name: "a command for a side that does not exist", code: "command/malformed", state: base, command: () => ({ type: "end-turn", side: "green" }) },
  { name: "a move without a unit", code: "command/malformed", state: base, command: () => ({ type: "move", side: "red", path: [at(8, 6)] }) },
  { name: "a move whose unit is a number", code: "command/malformed", state: base, command: () => move(7 as unknown as string, [at(8, 6)]) },
  { name: "a move whose path is not a list", code: "command/malformed", state: base, command: () => move("r1", "east") },
];

describe("rejections", () => {
  test.each(cases)("$name is refused with $code, and apply returns the very same state and no events", ({ code, state, command }) => {
    const before = state();
    const hashBefore = hash(before);
    const cmd = command(before) as Command;
    const verdict = validate(before, cmd);
    expect(verdict).toMatchObject({ ok: false, code });
    const result = apply(before, cmd);
    expect(result.state).toBe(before);
    expect(result.events).toEqual([]);
    expect(result.rejection?.code).toBe(code);
    expect(result.rejection?.message).toMatch(/^\S.*[.!]$/);
    expect(result.rejection?.message).not.toContain("\n");
    // Unit and move messages name a unit or a step; "undefined" there means a lookup went wrong.
    if (/^(unit|move)\//.test(code)) expect(result.rejection?.message).not.toContain("undefined");
    expect(hash(before)).toBe(hashBefore);
  });

  test.each(cases)("$name is not among the legal commands", ({ state, command }) => {
    const before = state();
    const cmd = JSON.stringify(command(before));
    const legal = new Set(legalCommands(before, before.active).map((c) => JSON.stringify(c)));
    expect(legal.has(cmd)).toBe(false);
  });
});

describe("accepted commands", () => {
  test("a legal move returns a new frozen state and leaves the old one untouched", () => {
    const before = base();
    const hashBefore = hash(before);
    const result = apply(before, { type: "move", side: "red", unit: "r1", path: [at(8, 6)] });
    expect(result.rejection).toBeUndefined();
    expect(result.state).not.toBe(before);
    expect(Object.isFrozen(result.state)).toBe(true);
    expect(Object.isFrozen(result.state.units)).toBe(true);
    expect(unitOf(result.state, "r1").hex).toBe(at(8, 6));
    expect(unitOf(before, "r1").hex).toBe(at(7, 6));
    expect(hash(before)).toBe(hashBefore);
    expect(unitOf(result.state, "b1")).toBe(unitOf(before, "b1"));
  });

  test("a move reports where the unit went and what it cost", () => {
    const before = base();
    const path = walk(map, at(7, 6), [EAST, EAST]);
    const result = apply(before, { type: "move", side: "red", unit: "r1", path });
    expect(result.events).toEqual([{ type: "unit-moved", unit: "r1", from: at(7, 6), to: at(9, 6), path, cost: 40 }]);
    expect(unitOf(result.state, "r1").mp).toBe(60);
  });

  test("a move may end in a stack that still has room", () => {
    const before = gridGame(map, [
      { id: "r1", side: "red", at: [7, 6] },
      { id: "rb1", side: "red", template: "ru-mr-brigade", at: [8, 6] },
      { id: "b1", side: "blue", at: [14, 1] },
    ]);
    expect(validate(before, { type: "move", side: "red", unit: "r1", path: [at(8, 6)] })).toEqual({ ok: true });
  });

  test("a move may end in an enemy zone of control", () => {
    const before = facing();
    const result = apply(before, { type: "move", side: "red", unit: "r1", path: [at(8, 6)] });
    expect(result.rejection).toBeUndefined();
    expect(result.events.map((e) => e.type)).toEqual(["unit-moved"]);
    expect(unitOf(result.state, "r1").mp).toBe(80);
  });

  test("a unit in an enemy zone of control may step out of it", () => {
    const before = touching();
    expect(validate(before, { type: "move", side: "red", unit: "r1", path: [at(7, 6)] })).toEqual({ ok: true });
  });
});

describe("legalCommands", () => {
  test("lists end-turn first and only for the side to move", () => {
    const state = base();
    const red = legalCommands(state, "red");
    expect(red[0]).toEqual({ type: "end-turn", side: "red" });
    expect(red.every((c) => c.side === "red")).toBe(true);
    expect(legalCommands(state, "blue")).toEqual([]);
    expect(legalCommands(finished(), "red")).toEqual([]);
    expect(legalCommands(finished(), "blue")).toEqual([]);
  });

  test("every listed command validates, on each fixture", () => {
    for (const make of [base, facing, touching, fullStack, exhausted]) {
      const state = make();
      const refused = legalCommands(state, state.active).filter((c) => !validate(state, c).ok);
      expect(refused).toEqual([]);
    }
  });

  test("reaches every hex within five open hexes of a lone BTG, but not the lake", () => {
    const state = base();
    const moves = legalCommands(state, "red").filter((c): c is Extract<Command, { type: "move" }> => c.type === "move");
    const ends = new Set(moves.map((m) => m.path[m.path.length - 1]));
    expect(ends.has(at(12, 6))).toBe(true);
    expect(ends.has(at(13, 6))).toBe(false);
    expect(ends.has(at(6, 6))).toBe(false);
    expect(moves.every((m) => m.path.length >= 1 && m.path.length <= 5)).toBe(true);
  });

  test("offers no move into a known enemy's hex or through its zone of control", () => {
    const state = facing();
    const moves = legalCommands(state, "red").filter((c): c is Extract<Command, { type: "move" }> => c.type === "move");
    expect(moves.some((m) => m.path.includes(at(9, 6)))).toBe(false);
    expect(moves.some((m) => m.path.slice(0, -1).includes(at(8, 6)))).toBe(false);
    expect(moves.some((m) => m.path[m.path.length - 1] === at(8, 6))).toBe(true);
  });
});

describe("states validated one after another", () => {
  test("verdicts do not leak between games with the same roster on maps of the same size", () => {
    const open = base();
    const blocked = facing();
    const other = gridGame(gridMap({ id: "commands-grid-twin" }), [
      { id: "r1", side: "red", at: [7, 6] },
      { id: "b1", side: "blue", at: [8, 7] },
    ]);
    const cmd: Command = { type: "move", side: "red", unit: "r1", path: [at(8, 6), step(map, at(8, 6), NORTH_EAST)] };
    for (let i = 0; i < 5; i++) {
      expect(validate(open, cmd)).toEqual({ ok: true });
      expect(validate(blocked, cmd)).toMatchObject({ ok: false, code: "move/zoc" });
      expect(validate(other, cmd)).toMatchObject({ ok: false, code: "move/zoc" });
      expect(validate(playerView(blocked, "red"), cmd)).toMatchObject({ ok: false, code: "move/zoc" });
    }
  });

  test("a state reached after many units moved gives the same verdicts as a fresh copy of it", () => {
    const pieces = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, side: "red" as const, at: [1, i % 12] as const }));
    let state = gridGame(map, [...pieces, { id: "b1", side: "blue", at: [14, 1] }]);
    for (const p of pieces) state = apply(state, { type: "move", side: "red", unit: p.id, path: [cellId(map.cols, [2, p.at[1]])] }).state;
    const earlier = gridGame(map, [...pieces, { id: "b1", side: "blue", at: [14, 1] }]);
    const fresh = JSON.parse(JSON.stringify(state)) as GameState;
    const probe = (s: GameState): unknown[] => pieces.map((p) => validate(s, { type: "move", side: "red", unit: p.id, path: [cellId(map.cols, [1, p.at[1]])] }));
    const expected = probe(fresh);
    expect(probe(earlier)).not.toEqual(expected); // r0..r11 still stand on column 1 there
    expect(probe(state)).toEqual(expected);
    expect(probe(earlier)).toEqual(probe(JSON.parse(JSON.stringify(earlier)) as GameState));
    expect(probe(state)).toEqual(expected);
  });
});
