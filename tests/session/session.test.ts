// Sessions: the command log and undo, and determinism: twin sessions with the same seed and
// commands reach the same state after every command.

import { describe, expect, test } from "vitest";
import { hash, type Command } from "../../src/engine";
import { loadScenario } from "../../src/scenario";
import { GameSession, recordRandomGame } from "../../src/session";
import { firstContact } from "../fixtures/first-contact";

const SEED = "twins";
const recorded = recordRandomGame(firstContact(), SEED, 120);
const commands: readonly Command[] = recorded.commands;

describe("twin runs", () => {
  test("two fresh sessions given the same seed and commands have the same hash after every command", () => {
    const a = new GameSession(firstContact(), SEED);
    const b = new GameSession(firstContact(), SEED);
    expect(hash(a.state)).toBe(hash(b.state));
    for (const [i, cmd] of commands.entries()) {
      const ra = a.dispatch(cmd);
      const rb = b.dispatch(cmd);
      expect(ra.rejection, `command ${i + 1}`).toBeUndefined();
      expect(rb.rejection, `command ${i + 1}`).toBeUndefined();
      expect(ra.events).toEqual(rb.events);
      expect(hash(a.state), `after command ${i + 1}`).toBe(hash(b.state));
      expect(hash(a.state), `after command ${i + 1}`).toBe(hash(recorded.stateAt(i + 1)));
    }
  });

  test("a session from a JSON round trip of the scenario file plays the same game", () => {
    const text = JSON.stringify(firstContact().scenario);
    const reloaded = loadScenario(JSON.parse(text));
    if (!reloaded.ok) throw new Error(reloaded.error);
    const session = new GameSession(reloaded.value, SEED);
    expect(hash(session.state)).toBe(hash(recorded.initial));
    for (const [i, cmd] of commands.entries()) {
      session.dispatch(JSON.parse(JSON.stringify(cmd)) as Command);
      expect(hash(session.state), `after command ${i + 1}`).toBe(hash(recorded.stateAt(i + 1)));
    }
  });

  test("another seed starts from another state", () => {
    expect(hash(new GameSession(firstContact(), "other").state)).not.toBe(hash(recorded.initial));
  });

  test("the recorder itself is deterministic: the same seed records the same commands", () => {
    const again = recordRandomGame(firstContact(), SEED, 120);
    expect(again.commands).toEqual(recorded.commands);
  });
});

describe("the command log", () => {
  test("only accepted commands enter the log", () => {
    const session = new GameSession(firstContact(), SEED);
    const refused = session.dispatch({ type: "end-turn", side: "blue" });
    expect(refused.rejection?.code).toBe("turn/not-your-turn");
    expect(session.commands).toEqual([]);
    const first = commands[0];
    if (!first) throw new Error("the recorder recorded nothing");
    session.dispatch(first);
    expect(session.commands).toEqual([first]);
    expect(session.stateAt(0)).toBe(session.initial);
    expect(session.stateAt(1)).toBe(session.state);
    expect(session.stateAt(2)).toBeUndefined();
  });

  test("undo steps back one command at a time to the very same earlier states", () => {
    const session = new GameSession(firstContact(), SEED);
    for (const cmd of commands.slice(0, 10)) session.dispatch(cmd);
    const states = Array.from({ length: 11 }, (_, i) => session.stateAt(i));
    for (let i = 10; i > 0; i--) {
      expect(session.undo()).toBe(true);
      expect(session.state).toBe(states[i - 1]);
      expect(session.commands).toHaveLength(i - 1);
    }
    expect(session.undo()).toBe(false);
    expect(session.state).toBe(session.initial);
  });

  test("after an undo the game can go on, and replaying the same command gives the same hash", () => {
    const session = new GameSession(firstContact(), SEED);
    for (const cmd of commands.slice(0, 5)) session.dispatch(cmd);
    const h5 = hash(session.state);
    session.undo();
    const fifth = commands[4];
    if (!fifth) throw new Error("too few commands");
    session.dispatch(fifth);
    expect(hash(session.state)).toBe(h5);
  });

  test("the recorded game runs to its end: the first-contact clock runs out after eight turns", () => {
    const full = recordRandomGame(firstContact(), SEED, 2000);
    expect(full.state.status.kind).toBe("over");
    const ends = full.commands.filter((c) => c.type === "end-turn").length;
    expect(full.state.status.kind === "over" && (ends === 16 || full.state.status.winner === "red")).toBe(true);
  });
});
