// The browser entry point: reads the URL, loads the scenario, starts a GameSession, the side
// panel and the board. A bad URL or a failed start shows one sentence instead of a blank page.

import "./ui/style.css";
import { bundledScenarios, loadBundled } from "./scenario";
import { GameSession } from "./session";
import { startBoard } from "./render/start-board";
import { GameController } from "./ui/game-controller";
import { installDebugApi } from "./ui/debug-api";
import { mountPanels } from "./ui/panels";
import { readPageOptions } from "./ui/page-options";

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found;
}

function showFatal(message: string): void {
  const box = element("fatal");
  box.textContent = message;
  box.hidden = false;
  document.body.dataset.state = "error";
}

function start(): void {
  const first = bundledScenarios()[0];
  if (!first) return showFatal("This build of Eastern Flank has no scenarios.");
  const options = readPageOptions(window.location.search, first.id);
  if (!options.ok) return showFatal(options.error);
  const loaded = loadBundled(options.value.scenario);
  if (!loaded.ok) return showFatal(loaded.error);
  const controller = new GameController(new GameSession(loaded.value, options.value.seed));
  document.title = `${loaded.value.scenario.title} · Eastern Flank`;
  mountPanels(element("panel"), controller);
  const board = startBoard(element("board"), controller, options.value.renderer);
  void board.ready.then(() => {
    performance.mark("board-visible");
    document.body.dataset.state = "ready";
  });
  if (options.value.debug) installDebugApi(controller, board);
}

try {
  start();
} catch (err) {
  showFatal(`Eastern Flank could not start: ${err instanceof Error ? err.message : String(err)}`);
  throw err;
}
