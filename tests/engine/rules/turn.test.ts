// Turns: sides alternate, the 12-hour clock advances when every side has moved, movement is
// restored for the side about to move, and the game ends after its last turn.

import { describe, expect, test } from "vitest";
import { NIGHT_MOVEMENT, apply, clockLabel, isDay, templateOf, type Command, type GameEvent, type GameState, type Side } from "../../../src/engine";
import { cellId, gridGame, gridMap, unitOf } from "../../fixtures/grid";

const map = gridMap({ id: "turn-grid" });
const at = (col: number, row: number): number => cellId(map.cols, [col, row]);

function game(lastTurn = 8, order: Side[] = ["red", "blue"]): GameState {
  return gridGame(map, [{ id: "r1", side: "red", at: [2, 2] }, { id: "b1", side: "blue", at: [13, 9] }], { lastTurn, order });
}

function run(state: GameState, cmd: Command): { state: GameState; events: GameEvent[] } {
  const result = apply(state, cmd);
  if (result.rejection) throw new Error(`${JSON.stringify(cmd)} refused: ${result.rejection.code}`);
  return result;
}

const endTurn = (side: Side): Command => ({ type: "end-turn", side });

describe("turn order", () => {
  test("red and blue alternate, starting with the first side of the order", () => {
    let state = game();
    const seen: Side[] = [state.active];
    for (let i = 0; i < 6; i++) {
      state = run(state, endTurn(state.active)).state;
      seen.push(state.active);
    }
    expect(seen).toEqual(["red", "blue", "red", "blue", "red", "blue", "red"]);
  });

  test("a scenario whose order puts blue first lets blue move first", () => {
    const state = game(8, ["blue", "red"]);
    expect(state.active).toBe("blue");
    expect(apply(state, endTurn("red")).rejection?.code).toBe("turn/not-your-turn");
    expect(run(state, endTurn("blue")).state.active).toBe("red");
  });

  test("the turn number advances only when the last side of the order ends its turn", () => {
    let state = game();
    expect(state.turn).toBe(1);
    const first = run(state, endTurn("red"));
    expect(first.state.turn).toBe(1);
    const turnEvents = (events: GameEvent[]) => events.filter((e) => e.type === "turn-ended");
    expect(turnEvents(first.events)).toEqual([{ type: "turn-ended", side: "red", next: "blue", turn: 1, hour: 6 }]);
    state = first.state;
    const second = run(state, endTurn("blue"));
    expect(second.state.turn).toBe(2);
    expect(turnEvents(second.events)).toEqual([{ type: "turn-ended", side: "blue", next: "red", turn: 2, hour: 18 }]);
  });
});

describe("the 12-hour clock", () => {
  test("reads D+0 06:00 at the start, D+0 18:00 after one full turn and D+1 06:00 after two", () => {
    let state = game();
    const labels = [clockLabel(state.hour)];
    for (let i = 0; i < 4; i++) {
      state = run(state, endTurn(state.active)).state;
      if (state.active === "red") labels.push(clockLabel(state.hour));
    }
    expect(labels).toEqual(["D+0 06:00", "D+0 18:00", "D+1 06:00"]);
  });

  test("stands still while only the first side has ended its turn", () => {
    const state = run(game(), endTurn("red")).state;
    expect(clockLabel(state.hour)).toBe("D+0 06:00");
  });
});

describe("movement allowance", () => {
  test("is restored for the side about to move, and only for it", () => {
    let state = game();
    const full = templateOf("ru-mr-btg").mp;
    expect(isDay(state.hour)).toBe(true);
    expect(unitOf(state, "r1").mp).toBe(full); // the war starts at 06:00: a day turn
    state = run(state, { type: "move", side: "red", unit: "r1", path: [at(3, 2)] }).state;
    expect(unitOf(state, "r1").mp).toBe(full - 20);
    state = run(state, endTurn("red")).state;
    expect(unitOf(state, "r1").mp).toBe(full - 20); // still spent during blue's turn
    state = run(state, { type: "move", side: "blue", unit: "b1", path: [at(12, 9)] }).state;
    const blueLeft = unitOf(state, "b1").mp;
    expect(blueLeft).toBeLessThan(templateOf("baltic-inf-bn").mp);
    state = run(state, endTurn("blue")).state;
    // Turn 2 starts at 18:00: a night turn, with NIGHT_MOVEMENT of the day's movement.
    expect(isDay(state.hour)).toBe(false);
    expect(unitOf(state, "r1").mp).toBe(Math.round(full * NIGHT_MOVEMENT)); // red moves next: restored
    expect(unitOf(state, "b1").mp).toBe(blueLeft); // blue's stays spent until its own turn
    state = run(state, endTurn("red")).state;
    expect(unitOf(state, "b1").mp).toBe(Math.round(templateOf("baltic-inf-bn").mp * NIGHT_MOVEMENT));
  });

  test("a unit may move several times in a turn until its allowance is spent", () => {
    let state = game();
    for (let i = 0; i < 5; i++) state = run(state, { type: "move", side: "red", unit: "r1", path: [at(3 + i, 2)] }).state;
    expect(unitOf(state, "r1").mp).toBe(0);
    expect(apply(state, { type: "move", side: "red", unit: "r1", path: [at(8, 2)] }).rejection?.code).toBe("move/out-of-range");
    expect(apply(state, { type: "move", side: "red", unit: "r1", path: [at(6, 2)] }).rejection?.code).toBe("move/out-of-range");
  });
});

describe("the time limit", () => {
  test("ending the last turn ends the game: blue wins when red has not reached its points", () => {
    let state = game(2);
    const events: GameEvent[] = [];
    for (let i = 0; i < 4; i++) {
      const result = run(state, endTurn(state.active));
      events.push(...result.events);
      state = result.state;
      if (i < 3) expect(state.status.kind).toBe("playing");
    }
    expect(state.status).toMatchObject({ kind: "over", winner: "blue" });
    expect(state.status.kind === "over" && state.status.reason).toMatch(/^Time is up/);
    expect(events[events.length - 1]).toMatchObject({ type: "game-over", winner: "blue" });
    // The game ends on its last turn: the clock does not run on into a turn nobody plays.
    expect(state.turn).toBe(2);
  });

  test("after the game is over every command is refused with game/over and nothing changes", () => {
    let state = game(1);
    state = run(state, endTurn("red")).state;
    state = run(state, endTurn("blue")).state;
    expect(state.status.kind).toBe("over");
    for (const side of ["red", "blue"] as const) {
      for (const cmd of [endTurn(side), { type: "move", side, unit: side === "red" ? "r1" : "b1", path: [at(3, 2)] } as Command]) {
        const result = apply(state, cmd);
        expect(result.rejection?.code).toBe("game/over");
        expect(result.state).toBe(state);
      }
    }
  });
});
