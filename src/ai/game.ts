// Computer against computer: a whole game played by two AiPlayers through the engine's command
// layer, each seeing only its own player view. Used by the tests, the command line's sim and
// the bench; the browser drives the same players one command at a time from a worker.

import { apply, playerView, type Command, type GameState, type Rejection, type Side } from "../engine";
import { startGame, type LoadedScenario } from "../scenario";
import { type AiLevel } from "./levels";
import { AiPlayer } from "./player";

export interface AiGame {
  state: GameState;
  /** Every accepted command, in order: with the scenario and seed, a replay. */
  commands: Command[];
  /** Commands the engine refused (the players should never give one). */
  refused: { command: Command; rejection: Rejection }[];
  /** Each side's summary of intent after each of its turns, in order. */
  summaries: { side: Side; turn: number; text: string }[];
}

/** Commands a game may take at most: far above any real game, it stops a runaway one. */
const MAX_COMMANDS = 50_000;

/** Called after each accepted command with the state before and after it. */
export type GameObserver = (before: GameState, command: Command, after: GameState) => void;

export function playAiGame(loaded: LoadedScenario, seed: string, levels: Record<Side, AiLevel>, observe?: GameObserver): AiGame {
  let state = startGame(loaded, seed);
  const players: Record<Side, AiPlayer> = {
    red: new AiPlayer("red", { level: levels.red, seed }),
    blue: new AiPlayer("blue", { level: levels.blue, seed }),
  };
  const game: AiGame = { state, commands: [], refused: [], summaries: [] };
  while (state.status.kind === "playing" && game.commands.length + game.refused.length < MAX_COMMANDS) {
    const side = state.active;
    const player = players[side];
    const command = player.next(playerView(state, side));
    const result = apply(state, command);
    if (result.rejection) {
      game.refused.push({ command, rejection: result.rejection });
      continue;
    }
    if (command.type === "end-turn") game.summaries.push({ side, turn: state.turn, text: player.summary() });
    observe?.(state, command, result.state);
    state = result.state;
    game.commands.push(command);
  }
  game.state = state;
  return game;
}
