// The browser entry point: reads the URL and either shows the start screen or starts the game
// it names. Each is a chunk of its own, fetched only when wanted: the game (Phaser, the map, the
// panels) only to play, and the start screen (with every scenario's file, checked to list it)
// only to choose, so a game's first board waits for neither the other screen nor its checks.
// A bad URL or a failed start shows one sentence instead of a blank page.

import "./ui/style.css";
import "./ui/game-layout.css";
import { webglRendererName } from "./render/gl-probe";
import { readPageOptions, wantsStartScreen } from "./ui/page-options";

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

async function showStartScreen(): Promise<void> {
  // The game's empty frame must not flash up while the start screen's chunk is fetched.
  element("app").hidden = true;
  const [{ bundledScenarios }, { mountStartScreen }] = await Promise.all([import("./scenario/catalogue"), import("./ui/start-screen")]);
  const scenarios = bundledScenarios();
  if (scenarios.length === 0) return showFatal("This build of Eastern Flank has no scenarios.");
  mountStartScreen(scenarios);
}

async function startGame(search: string): Promise<void> {
  // The URL names a scenario, so no default is needed; loading it checks that it exists.
  const options = readPageOptions(search, "");
  if (!options.ok) return showFatal(options.error);
  // Phaser and the panels are fetched while the scenario loads (checked, its map decoded):
  // the main thread's work and the network's overlap instead of waiting on each other.
  const scenarios = import("./scenario");
  const page = import("./game-page");
  // Asked now, while those are fetched, rather than when the board starts.
  if (options.value.renderer === "auto") webglRendererName();
  const { loadBundled, parseSettings } = await scenarios;
  const changes = parseSettings(options.value.settings);
  if (!changes.ok) {
    page.catch(() => undefined);
    return showFatal(changes.error);
  }
  const loaded = loadBundled(options.value.scenario, changes.value);
  if (!loaded.ok) {
    page.catch(() => undefined);
    return showFatal(loaded.error);
  }
  const { showGame } = await page;
  showGame(options.value, loaded.value, element("panel"), element("board"));
}

async function start(): Promise<void> {
  const search = window.location.search;
  return wantsStartScreen(search) ? showStartScreen() : startGame(search);
}

start().catch((err: unknown) => {
  failed(err);
  throw err;
});
