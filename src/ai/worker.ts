// The computer players' worker: keeps one AiPlayer per computer side and answers each "next"
// with that player's next command, so the page never freezes while it thinks. The scenario is
// loaded here only to register its map, which the players' view of the board refers to by id.

import { loadBundled } from "../scenario";
import { AiPlayer } from "./player";
import type { FromWorker, ToWorker } from "./protocol";

const players = new Map<string, AiPlayer>();
let stallMs = 0;

function post(message: FromWorker): void {
  (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);
}

self.addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "setup") {
    const loaded = loadBundled(message.scenario);
    if (!loaded.ok) {
      post({ type: "failed", request: -1, message: loaded.error });
      return;
    }
    players.clear();
    stallMs = message.stallMs ?? 0;
    for (const [side, level] of Object.entries(message.sides)) {
      if (level && (side === "red" || side === "blue")) players.set(side, new AiPlayer(side, { level, seed: message.seed }));
    }
    post({ type: "ready" });
    return;
  }
  const player = players.get(message.side);
  if (!player) {
    post({ type: "failed", request: message.request, message: `No computer player for ${message.side}.` });
    return;
  }
  const started = performance.now();
  // A test of the page's time budget: busy, as a player lost in thought would be.
  while (performance.now() - started < stallMs) {
    /* wait */
  }
  try {
    const command = player.next(message.view);
    const summary = command.type === "end-turn" ? player.summary() : null;
    post({ type: "command", request: message.request, side: message.side, command, summary, thinkMs: performance.now() - started });
  } catch (err) {
    post({ type: "failed", request: message.request, message: err instanceof Error ? err.message : String(err) });
  }
});
