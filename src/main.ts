// The browser entry point: reads the URL and either shows the start screen or starts the game
// it names. The game (Phaser, the map, the panels) is a separate chunk, loaded only to play.
// A bad URL or a failed start shows one sentence instead of a blank page.

import "./ui/style.css";
import { bundledScenarios } from "./scenario/catalogue";
import { readPageOptions, wantsStartScreen } from "./ui/page-options";
import { mountStartScreen } from "./ui/start-screen";

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found;
}

function showFatal(message: string): void {
  element("app").hidden = false;
  const box = element("fatal");
  box.textContent = message;
  box.hidden = false;
  document.body.dataset.state = "error";
}

function failed(err: unknown): void {
  showFatal(`Eastern Flank could not start: ${err instanceof Error ? err.message : String(err)}`);
}

async function start(): Promise<void> {
  const scenarios = bundledScenarios();
  const first = scenarios[0];
  if (!first) return showFatal("This build of Eastern Flank has no scenarios.");
  if (wantsStartScreen(window.location.search)) return mountStartScreen(scenarios);
  const options = readPageOptions(window.location.search, first.id);
  if (!options.ok) return showFatal(options.error);
  const { showGame } = await import("./game-page");
  const shown = showGame(options.value, element("panel"), element("board"));
  if (!shown.ok) showFatal(shown.error);
}

start().catch((err: unknown) => {
  failed(err);
  throw err;
});
