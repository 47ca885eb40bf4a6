// The game itself in the page: loads the scenario, starts a GameSession, the side panel and the
// board. main.ts imports this module only once a game is chosen, so the start screen never
// fetches Phaser, the map or the panels.

import { SIDES } from "./engine";
import { loadBundled } from "./scenario";
import { mountComputerTurns } from "./ui/computer-turns";
import { GameSession } from "./session";
import { startBoard } from "./render/start-board";
import { GameController } from "./ui/game-controller";
import { installDebugApi } from "./ui/debug-api";
import { mountNewGame } from "./ui/new-game";
import { mountPanels } from "./ui/panels";
import type { PageOptions } from "./ui/page-options";
import type { Result } from "./scenario";

/** Starts the chosen game in #panel and #board; a scenario that fails to load is one sentence. */
export function showGame(options: PageOptions, panel: HTMLElement, board: HTMLElement): Result<true> {
  const loaded = loadBundled(options.scenario);
  if (!loaded.ok) return loaded;
  const computer = SIDES.filter((side) => options.seats[side] === "computer");
  const controller = new GameController(new GameSession(loaded.value, options.seed), new Set(computer));
  document.title = `${loaded.value.scenario.title} · Eastern Flank`;
  mountPanels(panel, controller);
  if (computer.length > 0) {
    const levels = Object.fromEntries(computer.map((side) => [side, options.level]));
    // Right under End turn and Undo, where a player looks to see whose turn it is.
    const slot = document.createElement("div");
    const buttons = panel.querySelector(".buttons");
    if (buttons) buttons.after(slot);
    else panel.append(slot);
    mountComputerTurns(slot, controller, { scenario: options.scenario, seed: options.seed, levels });
  }
  mountNewGame(panel);
  const handle = startBoard(board, controller, options.renderer);
  void handle.ready.then(() => {
    performance.mark("board-visible");
    document.body.dataset.state = "ready";
  });
  if (options.debug) installDebugApi(controller, handle);
  return { ok: true, value: true };
}
