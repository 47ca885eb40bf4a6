// A game in progress: the scenario, the seed, the command log and the state after each
// command. Undo steps back through the log; saves and replays are written from it.

import { RULES_VERSION, apply, hash, type ApplyResult, type Command, type GameState } from "../engine";
import { startGame, type LoadedScenario } from "../scenario";
import { whyNoUndo } from "./undo-rule";
import { REPLAY_FORMAT, REPLAY_VERSION, SAVE_FORMAT, SAVE_VERSION, type ReplayFile, type SaveFile } from "./files";

export class GameSession {
  readonly loaded: LoadedScenario;
  readonly seed: string;
  private readonly states: GameState[];
  private readonly log: Command[] = [];

  constructor(loaded: LoadedScenario, seed: string) {
    this.loaded = loaded;
    this.seed = seed;
    this.states = [startGame(loaded, seed)];
  }

  get state(): GameState {
    return this.states[this.states.length - 1] ?? this.initial;
  }

  get initial(): GameState {
    const first = this.states[0];
    if (!first) throw new Error("a session always has its starting state");
    return first;
  }

  get commands(): readonly Command[] {
    return this.log;
  }

  /** State after `index` commands (0 = the start). */
  stateAt(index: number): GameState | undefined {
    return this.states[index];
  }

  /** Validates and applies a command; only accepted commands enter the log. */
  dispatch(cmd: Command): ApplyResult {
    const result = apply(this.state, cmd);
    if (!result.rejection) {
      this.log.push(cmd);
      this.states.push(result.state);
    }
    return result;
  }

  /**
   * Why the player may not take back the last command (undo-rule.ts), or null when they may.
   * `undo` itself steps back regardless; the page asks this first.
   */
  whyNoUndo(): string | null {
    const command = this.log[this.log.length - 1];
    const before = this.states[this.states.length - 2];
    if (!command || !before) return "There is nothing to undo.";
    return whyNoUndo(before, this.state, command);
  }

  /** Takes back the last command. Returns false when there is nothing to undo. */
  undo(): boolean {
    if (this.log.length === 0) return false;
    this.log.pop();
    this.states.pop();
    return true;
  }

  toSave(savedAt?: string): SaveFile {
    const save: SaveFile = {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      rulesVersion: RULES_VERSION,
      scenario: this.loaded.scenario,
      seed: this.seed,
      commands: this.log.slice(),
    };
    if (savedAt) save.savedAt = savedAt;
    return save;
  }

  toReplay(): ReplayFile {
    return {
      format: REPLAY_FORMAT,
      version: REPLAY_VERSION,
      rulesVersion: RULES_VERSION,
      scenario: this.loaded.scenario,
      seed: this.seed,
      commands: this.log.slice(),
      checkpoints: this.states.map((s, index) => {
        const cmd = this.log[index - 1];
        return cmd ? { index, hash: hash(s), command: hash(cmd) } : { index, hash: hash(s) };
      }),
    };
  }
}
