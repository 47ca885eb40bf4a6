// The game itself in the page: starts a GameSession on the loaded scenario, the side panel and
// the board. main.ts imports this module only once a game is chosen, so the start screen never
// fetches Phaser or the panels; main.ts loads the scenario while they are fetched.

import { SIDES } from "./engine";
import type { LoadedScenario } from "./scenario";
import { mountComputerTurns } from "./ui/computer-turns";
import { GameSession } from "./session";
import { startBoard } from "./render/start-board";
import { GameController } from "./ui/game-controller";
import { installDebugApi } from "./ui/debug-api";
import { mountNewGame } from "./ui/new-game";
import { mountPanels } from "./ui/panels";
import type { PageOptions } from "./ui/page-options";

/** Starts the chosen game, its scenario loaded, in #panel and #board. */
export function showGame(options: PageOptions, loaded: LoadedScenario, panel: HTMLElement, board: HTMLElement): void {
  const computer = SIDES.filter((side) => options.seats[side] === "computer");
  const controller = new GameController(new GameSession(loaded, options.seed), new Set(computer));
  document.title = `${loaded.scenario.title} · Eastern Flank`;
  mountPanels(panel, controller);
  if (computer.length > 0) {
    const levels = Object.fromEntries(computer.map((side) => [side, options.level]));
    // Right under End turn, Undo and their messages, where a player looks to see whose turn it is.
    const slot = document.createElement("div");
    const main = panel.querySelector(".panel-main");
    if (main) main.prepend(slot);
    else panel.append(slot);
    mountComputerTurns(slot, controller, { scenario: options.scenario, seed: options.seed, levels, thinkLimitMs: options.thinkLimitMs, stallMs: options.stallMs });
  }
  mountNewGame(panel);
  const handle = startBoard(board, controller, options.renderer);
  void handle.ready.then(() => {
    performance.mark("board-visible");
    document.body.dataset.state = "ready";
  });
  if (options.debug) installDebugApi(controller, handle);
}
