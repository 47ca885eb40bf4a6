// Re-running a command log: rebuilding a session from a save, and verifying a replay's
// checkpoints down to the first command that diverged.

import { attackOptions, hash, reachable, mapOf, type Command, type GameState } from "../engine";
import { makeRandom } from "../engine";
import type { LoadedScenario } from "../scenario";
import type { LoadedGameFile } from "./files";
import type { Result } from "../scenario/safe-json";
import { GameSession } from "./session";

export type Verdict =
  | { ok: true; commands: number; checkpoints: number; finalHash: string }
  | { ok: false; index: number; reason: string; expected?: string; actual?: string };

/** Replays a file's commands and compares every checkpoint. `index` names the command (1-based count applied). */
export function verifyReplay(file: LoadedGameFile): Verdict {
  const session = new GameSession(file.loaded, file.seed);
  const byIndex = new Map(file.checkpoints.map((c) => [c.index, c]));
  const check = (index: number, state: GameState): Verdict | null => {
    const point = byIndex.get(index);
    if (point === undefined) return null;
    const cmd = file.commands[index - 1];
    if (point.command !== undefined && cmd && hash(cmd) !== point.command) {
      return { ok: false, index, reason: `Command ${index} (${describe(cmd)}) is not the command that was recorded there.` };
    }
    const expected = point.hash;
    const actual = hash(state);
    if (actual === expected) return null;
    const reason =
      index === 0
        ? "The starting state differs from the one recorded (another scenario file or seed)."
        : `Command ${index} (${describe(file.commands[index - 1])}) led to a different state than recorded.`;
    return { ok: false, index, reason, expected, actual };
  };
  const start = check(0, session.state);
  if (start) return start;
  for (let i = 0; i < file.commands.length; i++) {
    const cmd = file.commands[i] as Command;
    const result = session.dispatch(cmd);
    if (result.rejection) {
      return { ok: false, index: i + 1, reason: `Command ${i + 1} (${describe(cmd)}) was refused on replay: ${result.rejection.message}` };
    }
    const diverged = check(i + 1, result.state);
    if (diverged) return diverged;
  }
  return { ok: true, commands: file.commands.length, checkpoints: file.checkpoints.length, finalHash: hash(session.state) };
}

/** Rebuilds a session from a save or replay, refusing the first command that no longer applies. */
export function restoreSession(file: LoadedGameFile): Result<GameSession> {
  const session = new GameSession(file.loaded, file.seed);
  for (let i = 0; i < file.commands.length; i++) {
    const cmd = file.commands[i] as Command;
    const result = session.dispatch(cmd);
    if (result.rejection) {
      return { ok: false, error: `The ${file.kind} file's command ${i + 1} (${describe(cmd)}) is refused: ${result.rejection.message}` };
    }
  }
  return { ok: true, value: session };
}

export function describe(cmd: Command | undefined): string {
  if (!cmd) return "missing";
  switch (cmd.type) {
    case "move":
      return `${cmd.side} moves ${cmd.unit} ${cmd.path.length} hex${cmd.path.length === 1 ? "" : "es"}`;
    case "attack":
      return `${cmd.side} attacks hex ${cmd.target} with ${cmd.units.join(", ")}`;
    case "set-stance":
      return `${cmd.side} sets ${cmd.unit} to ${cmd.stance}`;
    case "mission":
      return `${cmd.side} flies ${cmd.amount} ${cmd.asset} ${cmd.kind} mission${cmd.amount === 1 ? "" : "s"} at hex ${cmd.hex}`;
    case "end-turn":
      return `${cmd.side} ends the turn`;
  }
}

/**
 * A random legal command for the side to move: an attack, when one is possible, about a third
 * of the time; otherwise usually a move of a random unit to a random hex it can reach,
 * sometimes the end of the turn (always, when nothing can move).
 */
export function randomLegalCommand(state: GameState, random: { next(): number; int(n: number): number }, endTurnChance = 0.08, attackChance = 0.3): Command {
  const side = state.active;
  const map0 = mapOf(state);
  const attacks = attackOptions(map0, state, side);
  if (attacks.length > 0 && random.next() < attackChance) return attacks[random.int(attacks.length)] ?? { type: "end-turn", side };
  const movers = state.units.filter((u) => u.side === side && u.mp > 0);
  if (movers.length > 0 && random.next() >= endTurnChance) {
    const map = map0;
    for (let tries = 0; tries < 4; tries++) {
      const unit = movers[random.int(movers.length)];
      if (!unit) break;
      const reach = reachable(map, state, unit);
      if (reach.destinations.length === 0) continue;
      const to = reach.destinations[random.int(reach.destinations.length)] ?? unit.hex;
      const path: number[] = [];
      for (let at: number | undefined = to; at !== undefined && at !== unit.hex; at = reach.prev.get(at)) path.push(at);
      return { type: "move", side, unit: unit.id, path: path.reverse() };
    }
  }
  return { type: "end-turn", side };
}

/**
 * Plays `count` seeded random legal commands (or until the game ends) and returns the session.
 * `endTurnChance` sets how many orders a side gives in a turn (about 1 / chance).
 */
export function recordRandomGame(loaded: LoadedScenario, seed: string, count: number, endTurnChance = 0.08): GameSession {
  const session = new GameSession(loaded, seed);
  const random = makeRandom(`record:${seed}`);
  for (let i = 0; i < count && session.state.status.kind === "playing"; i++) {
    const cmd = randomLegalCommand(session.state, random, endTurnChance);
    const result = session.dispatch(cmd);
    if (result.rejection) throw new Error(`recorder produced an illegal command: ${result.rejection.code}`);
  }
  return session;
}

