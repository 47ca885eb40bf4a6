// Plays the computer's turns in the page. The players think in a Web Worker (src/ai/worker.ts),
// one command at a time from their side's view; each command comes back here and goes through
// the controller like a person's. A status line says who is thinking; the pace can be set to
// watch every order, to go quickly, or to see only the result, and play can be paused.

import { playerView, type Side } from "../engine";
import type { AiLevel } from "../ai/levels";
import type { FromWorker, ToWorker } from "../ai/protocol";
import { sideName } from "./describe";
import { el } from "./dom";
import type { GameController } from "./game-controller";

/** Milliseconds between the computer's orders at each pace. */
const PACES = [
  { id: "watch", label: "Watch each order", delayMs: 450 },
  { id: "quick", label: "Quickly", delayMs: 60 },
  { id: "result", label: "Only the result", delayMs: 0 },
] as const;

/** Refusals in a row after which the computer's turn is ended for it, so a game can never hang. */
const MAX_REFUSALS = 5;

/**
 * The time budget of one order: a player that has not answered by then is stopped (its worker
 * replaced) and its turn ended for it, so the game goes on. Orders take milliseconds; the
 * expert's first order of a turn, which plays the turn out several ways, well under a second.
 */
export const THINK_LIMIT_MS = 15_000;

export interface ComputerSeats {
  scenario: string;
  seed: string;
  levels: Partial<Record<Side, AiLevel>>;
  /** The time budget of one order (THINK_LIMIT_MS unless a test asks for less). */
  thinkLimitMs?: number;
  /** Tests only: the worker stalls this long before each answer. */
  stallMs?: number;
}

function setupMessage(seats: ComputerSeats): ToWorker {
  const message: ToWorker = { type: "setup", scenario: seats.scenario, seed: seats.seed, sides: seats.levels };
  if (seats.stallMs !== undefined) message.stallMs = seats.stallMs;
  return message;
}

function startWorker(): Worker {
  return new Worker(new URL("../ai/worker.ts", import.meta.url), { type: "module" });
}

export function mountComputerTurns(host: HTMLElement, controller: GameController, seats: ComputerSeats): void {
  const sides = Object.keys(seats.levels) as Side[];
  if (sides.length === 0) return;
  const status = el("p", { id: "computer-status" });
  status.setAttribute("role", "status");
  const pace = el("select", { id: "computer-pace" }, ...PACES.map((p) => el("option", { value: p.id }, p.label)));
  pace.value = "quick";
  const pause = el("button", { id: "computer-pause", type: "button" }, "Pause");
  host.append(el("section", { id: "computer-turns" }, el("h2", {}, "Computer"), status, el("div", { className: "computer-controls" }, el("label", { htmlFor: pace.id }, "Pace "), pace, pause)));

  let worker = startWorker();
  const send = (message: ToWorker): void => worker.postMessage(message);
  let ready = false;
  let paused = false;
  let request = 0;
  let waiting: number | null = null;
  let refusals = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let watchdog: ReturnType<typeof setTimeout> | null = null;
  const limitMs = seats.thinkLimitMs ?? THINK_LIMIT_MS;

  const describeSide = (side: Side): string => `${sideName(side)} (computer, ${seats.levels[side] ?? "standard"})`;

  const ask = (): void => {
    const state = controller.state;
    if (state.status.kind !== "playing") return;
    const side = state.active;
    if (controller.isHuman(side)) {
      status.textContent = `Your turn: ${sideName(side)} to play.`;
      return;
    }
    if (!ready || paused || waiting !== null || timer !== null) return;
    status.textContent = `${describeSide(side)} is thinking…`;
    request += 1;
    waiting = request;
    send({ type: "next", side, view: playerView(state, side), request });
    watchdog = setTimeout(() => overrun(side), limitMs);
  };

  /** The player took too long over one order: stop it, end its turn, and start a fresh one. */
  const overrun = (side: Side): void => {
    watchdog = null;
    waiting = null;
    ready = false;
    worker.terminate();
    worker = startWorker();
    listen(worker);
    send(setupMessage(seats));
    const seconds = Math.round(limitMs / 100) / 10;
    controller.dispatchForComputer({ type: "end-turn", side }, `${describeSide(side)} took more than ${seconds} s over one order, so its turn was ended.`);
  };

  const onMessage = (event: MessageEvent<FromWorker>): void => {
    const message = event.data;
    if (message.type === "ready") {
      ready = true;
      ask();
      return;
    }
    if (message.request !== waiting) return;
    waiting = null;
    if (watchdog !== null) clearTimeout(watchdog);
    watchdog = null;
    if (message.type === "failed") {
      status.textContent = `The computer player stopped: ${message.message}`;
      return;
    }
    const delay = PACES.find((p) => p.id === pace.value)?.delayMs ?? 0;
    timer = setTimeout(() => {
      timer = null;
      if (controller.state.active !== message.side || controller.state.status.kind !== "playing") return ask();
      const result = controller.dispatchForComputer(message.command, message.summary);
      refusals = result.rejection ? refusals + 1 : 0;
      if (refusals >= MAX_REFUSALS) {
        refusals = 0;
        controller.dispatchForComputer({ type: "end-turn", side: message.side });
      }
      ask();
    }, delay);
  };
  const listen = (w: Worker): void => {
    w.addEventListener("message", onMessage);
    w.addEventListener("error", (event) => {
      status.textContent = `The computer player could not run: ${event.message || "the worker failed to load"}.`;
    });
  };
  listen(worker);

  pause.addEventListener("click", () => {
    paused = !paused;
    pause.textContent = paused ? "Resume" : "Pause";
    pause.setAttribute("aria-pressed", String(paused));
    if (paused) status.textContent = "The computer is paused.";
    else ask();
  });
  controller.subscribe((notice) => {
    if (notice.kind === "applied" && notice.command.type === "end-turn") ask();
  });
  status.textContent = "The computer players are getting ready…";
  send(setupMessage(seats));
}
