// Applies a command list from a scenario's start, failing loudly on a refusal.

import { apply, type Command, type GameState } from "../../src/engine";
import { startGame, type LoadedScenario } from "../../src/scenario";

export function replayCommands(loaded: LoadedScenario, seed: string, commands: readonly Command[]): GameState {
  let state = startGame(loaded, seed);
  for (const command of commands) {
    const result = apply(state, command);
    if (result.rejection) throw new Error(`command refused on replay: ${result.rejection.message}`);
    state = result.state;
  }
  return state;
}
