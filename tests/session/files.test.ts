// Save and replay files: what a session writes, read back at every step of a game, reaches
// the same state; replays verify, and name the first command that diverged.

import { describe, expect, test } from "vitest";
import { RULES_VERSION, directionTo, hash, legalCommands, mapOf, stepCost, templateOf, unitById, validate, type Command, type GameState } from "../../src/engine";
import {
  GameSession,
  REPLAY_VERSION,
  SAVE_VERSION,
  parseJsonText,
  readGameFileText,
  readReplay,
  readSave,
  recordRandomGame,
  restoreSession,
  verifyReplay,
  type LoadedGameFile,
  type ReplayFile,
  type SaveFile,
} from "../../src/session";
import { firstContact } from "../fixtures/first-contact";

const SEED = "files";
const game = recordRandomGame(firstContact(), SEED, 90);

/** The session after its first `n` commands. */
function sessionAt(n: number): GameSession {
  const session = new GameSession(firstContact(), SEED);
  for (const cmd of game.commands.slice(0, n)) session.dispatch(cmd);
  return session;
}

function throughText(file: SaveFile | ReplayFile): unknown {
  const parsed = parseJsonText(JSON.stringify(file), "file");
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function loaded<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function replayOf(session: GameSession): LoadedGameFile {
  return loaded(readReplay(throughText(session.toReplay())));
}

describe("saves", () => {
  test("toSave → JSON text → readSave → restoreSession reaches the same hash after every command", () => {
    const session = new GameSession(firstContact(), SEED);
    const check = (): void => {
      const file = loaded(readSave(throughText(session.toSave())));
      expect(file.kind).toBe("save");
      const restored = loaded(restoreSession(file));
      expect(hash(restored.state), `after ${session.commands.length} commands`).toBe(hash(session.state));
      expect(restored.commands).toEqual(session.commands);
    };
    check();
    for (const cmd of game.commands) {
      session.dispatch(cmd);
      check();
    }
  });

  test("a save says what it is: format, versions, the scenario, the seed and the log", () => {
    const save = sessionAt(5).toSave("2026-01-01T00:00:00Z");
    expect(save).toMatchObject({ format: "eastern-flank/save", version: SAVE_VERSION, rulesVersion: RULES_VERSION, seed: SEED, savedAt: "2026-01-01T00:00:00Z" });
    expect(save.commands).toEqual(game.commands.slice(0, 5));
    expect(loaded(readGameFileText(JSON.stringify(save))).kind).toBe("save");
  });

  test("a restored session carries on exactly like the original", () => {
    const restored = loaded(restoreSession(loaded(readSave(throughText(sessionAt(30).toSave())))));
    for (const cmd of game.commands.slice(30)) restored.dispatch(cmd);
    expect(hash(restored.state)).toBe(hash(game.state));
  });

  test("a save from a newer version of the game is refused", () => {
    const save = { ...sessionAt(3).toSave(), version: SAVE_VERSION + 1 };
    const result = readSave(throughText(save));
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/newer/);
  });

  test("a save from another rules version is refused with a sentence naming the rules version", () => {
    const result = readSave(throughText({ ...sessionAt(3).toSave(), rulesVersion: RULES_VERSION + 1 }));
    expect(!result.ok && result.error).toMatch(/rules version/);
  });
});

/** Path cost of a move in a state, in tenths of an hour. */
function pathCost(state: GameState, cmd: Extract<Command, { type: "move" }>): number {
  const map = mapOf(state);
  const unit = unitById(state, cmd.unit);
  if (!unit) throw new Error(`no unit ${cmd.unit}`);
  let prev = unit.hex;
  let total = 0;
  for (const h of cmd.path) {
    total += stepCost(map, templateOf(unit.template).movement, prev, directionTo(map, prev, h), h);
    prev = h;
  }
  return total;
}

/**
 * A move of the recorded game whose first step can be swapped for another hex next to both
 * the start and the second step, giving a legal path whose cost compares to the original's
 * as `accept` wants.
 */
function alternativePath(accept: (original: number, other: number) => boolean): { index: number; command: Command } | undefined {
  for (const [index, cmd] of game.commands.entries()) {
    const state = game.stateAt(index);
    if (cmd.type !== "move" || cmd.path.length < 2 || !state) continue;
    const map = mapOf(state);
    const unit = unitById(state, cmd.unit);
    const second = cmd.path[1];
    if (!unit || second === undefined) continue;
    for (let d = 0; d < 6; d++) {
      const q = map.neighbours[unit.hex * 6 + d] ?? -1;
      if (q < 0 || q === cmd.path[0] || directionTo(map, q, second) < 0) continue;
      const other: Command = { ...cmd, path: [q, ...cmd.path.slice(1)] };
      if (!validate(state, other).ok) continue;
      if (accept(pathCost(state, cmd), pathCost(state, other))) return { index, command: other };
    }
  }
  return undefined;
}

describe("replays", () => {
  test("toReplay → JSON text → readReplay → verifyReplay is ok after every command", () => {
    const session = new GameSession(firstContact(), SEED);
    const check = (): void => {
      const file = replayOf(session);
      expect(file.checkpoints).toHaveLength(session.commands.length + 1);
      const verdict = verifyReplay(file);
      expect(verdict, `after ${session.commands.length} commands`).toEqual({
        ok: true,
        commands: session.commands.length,
        checkpoints: session.commands.length + 1,
        finalHash: hash(session.state),
      });
    };
    check();
    for (const cmd of game.commands) {
      session.dispatch(cmd);
      check();
    }
  });

  test("a replay is also readable by readGameFileText, and restores like a save", () => {
    const text = JSON.stringify(game.toReplay());
    const file = loaded(readGameFileText(text));
    expect(file.kind).toBe("replay");
    if (file.kind === "scenario") throw new Error("read as a scenario");
    expect(hash(loaded(restoreSession(file)).state)).toBe(hash(game.state));
  });

  test("a move changed to another legal destination fails at exactly that command", () => {
    const replay = game.toReplay();
    const target = replay.commands.findIndex((c, i) => i > 10 && c.type === "move");
    const original = replay.commands[target];
    const before = game.stateAt(target);
    if (!original || original.type !== "move" || !before) throw new Error("no move to alter");
    const other = legalCommands(before, original.side).find(
      (c): c is Extract<Command, { type: "move" }> =>
        c.type === "move" && c.unit === original.unit && c.path[c.path.length - 1] !== original.path[original.path.length - 1],
    );
    if (!other) throw new Error("the unit had only one destination");
    replay.commands[target] = other;
    const verdict = verifyReplay(loaded(readReplay(throughText(replay))));
    expect(verdict).toMatchObject({ ok: false, index: target + 1 });
    expect(!verdict.ok && verdict.reason).toContain(`Command ${target + 1}`);
  });

  test("a move given another legal path to the same hex fails at that command when the path costs differ", () => {
    const replay = game.toReplay();
    const found = alternativePath((a, b) => a !== b);
    if (!found) throw new Error("no move in the game has a dearer or cheaper detour");
    replay.commands[found.index] = found.command;
    const verdict = verifyReplay(loaded(readReplay(throughText(replay))));
    expect(verdict).toMatchObject({ ok: false, index: found.index + 1 });
  });

  test("a detour of exactly the same cost, which gives the same state, still fails at that command", () => {
    const found = alternativePath((a, b) => a === b);
    if (!found) throw new Error("no move in the recorded game has a detour of the same cost; record another game");
    const replay = game.toReplay();
    replay.commands[found.index] = found.command;
    const verdict = verifyReplay(loaded(readReplay(throughText(replay))));
    expect(verdict).toMatchObject({ ok: false, index: found.index + 1 });
    expect(!verdict.ok && verdict.reason).toContain("is not the command that was recorded");
  });

  test("two commands swapped fail at the first of them", () => {
    const replay = game.toReplay();
    // Two moves in a row by different units of the same side: both stay legal when swapped.
    const i = replay.commands.findIndex((c, k) => {
      const d = replay.commands[k + 1];
      return k > 5 && c.type === "move" && d?.type === "move" && d.unit !== c.unit && d.side === c.side;
    });
    const a = replay.commands[i];
    const b = replay.commands[i + 1];
    if (!a || !b) throw new Error("no pair of moves to swap");
    replay.commands[i] = b;
    replay.commands[i + 1] = a;
    const verdict = verifyReplay(loaded(readReplay(throughText(replay))));
    expect(verdict).toMatchObject({ ok: false, index: i + 1 });
  });

  test("a command moved into the other side's turn is refused at exactly that command", () => {
    const replay = game.toReplay();
    const k = replay.commands.findIndex((c, j) => j > 3 && c.type === "end-turn");
    const next = replay.commands[k + 1];
    const end = replay.commands[k];
    if (!next || !end) throw new Error("no end of turn followed by a command");
    replay.commands[k] = next;
    replay.commands[k + 1] = end;
    const verdict = verifyReplay(loaded(readReplay(throughText(replay))));
    expect(verdict).toMatchObject({ ok: false, index: k + 1 });
    expect(!verdict.ok && verdict.reason).toMatch(/refused on replay/);
  });

  test.each([0, 1, 37, 90])("a checkpoint hash altered at index %i fails at that index, with both hashes", (index) => {
    const replay = game.toReplay();
    const checkpoint = replay.checkpoints[index];
    if (!checkpoint) throw new Error(`no checkpoint ${index}`);
    const wrong = checkpoint.hash === "00000000000000" ? "00000000000001" : "00000000000000";
    replay.checkpoints[index] = { index, hash: wrong };
    const verdict = verifyReplay(loaded(readReplay(throughText(replay))));
    expect(verdict).toMatchObject({ ok: false, index, expected: wrong, actual: checkpoint.hash });
  });

  test("another seed fails at the starting state (index 0)", () => {
    const replay = { ...game.toReplay(), seed: "not the seed" };
    expect(verifyReplay(loaded(readReplay(throughText(replay))))).toMatchObject({ ok: false, index: 0 });
  });

  test("sparse checkpoints still name the first checkpoint after the change", () => {
    const replay = game.toReplay();
    replay.checkpoints = replay.checkpoints.filter((c) => c.index % 10 === 0);
    const moveAt = replay.commands.findIndex((c, i) => i > 20 && c.type === "move");
    const original = replay.commands[moveAt];
    const before = game.stateAt(moveAt);
    if (!original || original.type !== "move" || !before) throw new Error("no move");
    const other = legalCommands(before, original.side).find((c) => c.type === "move" && c.unit === original.unit && JSON.stringify(c) !== JSON.stringify(original));
    if (!other) throw new Error("no other move");
    replay.commands[moveAt] = other;
    const verdict = verifyReplay(loaded(readReplay(throughText(replay))));
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.index).toBe(Math.ceil((moveAt + 1) / 10) * 10);
  });

  test("a replay from another rules version is refused with a sentence mentioning the rules version", () => {
    const result = readReplay(throughText({ ...game.toReplay(), rulesVersion: RULES_VERSION + 1 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/rules version/);
    expect(!result.ok && result.error).toContain(String(RULES_VERSION + 1));
  });

  test("a replay from a newer file version is refused", () => {
    const result = readReplay(throughText({ ...game.toReplay(), version: REPLAY_VERSION + 1 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/newer/);
  });

  test("checkpoints out of order or past the last command are refused", () => {
    const replay = game.toReplay();
    const swapped = { ...replay, checkpoints: [replay.checkpoints[2], replay.checkpoints[1]] };
    expect(readReplay(throughText(swapped as ReplayFile))).toMatchObject({ ok: false });
    const beyond = { ...replay, checkpoints: [{ index: replay.commands.length + 1, hash: "00000000000000" }] };
    expect(readReplay(throughText(beyond))).toMatchObject({ ok: false });
  });
});
