// The side panel beside the board: side to play, turn and clock, the selected unit, the
// objectives, End turn and Undo, messages, game over, and the event log. Plain DOM.

import { clockLabel, formatHours, isDay, pointsHeld, templateOf, unitById, type PlayerView, type Side } from "../engine";
import { mountEventLog } from "./event-log";
import { placeName, sideName } from "./describe";
import type { GameController, Notice } from "./game-controller";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function sideBadge(side: Side): HTMLSpanElement {
  return el("span", { className: `side-badge side-${side}` }, sideName(side));
}

function section(title: string, ...children: Node[]): HTMLElement {
  return el("section", {}, el("h2", {}, title), ...children);
}

export function mountPanels(panel: HTMLElement, controller: GameController): void {
  const subtitle = el("p", { className: "scenario-title" }, controller.session.loaded.scenario.title);
  const side = el("dd", { id: "side-to-play" });
  const turn = el("dd", { id: "turn" });
  const clock = el("dd", { id: "clock" });
  const status = el("dl", { className: "status" }, el("dt", {}, "To play"), side, el("dt", {}, "Turn"), turn, el("dt", {}, "Clock"), clock);
  const gameOver = el("p", { id: "game-over", hidden: true });
  gameOver.setAttribute("role", "status");
  const endTurn = el("button", { id: "end-turn", type: "button" }, "End turn");
  const undo = el("button", { id: "undo", type: "button" }, "Undo");
  const message = el("p", { id: "message" });
  message.setAttribute("role", "alert");
  const selected = el("div", { id: "selected-unit" });
  const objectives = el("ul", { id: "objectives" });
  const points = el("p", { id: "points" });
  const log = el("ol", { id: "event-log" });
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Event log");
  const help = el(
    "details",
    { className: "help" },
    el("summary", {}, "How to play"),
    el("p", {}, "Click one of your units to select it; the hexes it can reach this turn light up in yellow. Click one of them to move there. Click a stack again to pick the next unit in it."),
    el("p", {}, "Drag the map to pan, use the mouse wheel to zoom, or the arrow keys and W A S D. Red counters are diamonds, blue ones rectangles; a town ringed in a side's colour is an objective it holds."),
  );
  panel.append(
    subtitle,
    status,
    gameOver,
    el("div", { className: "buttons" }, endTurn, undo),
    message,
    section("Selected unit", selected),
    section("Objectives", objectives, points),
    section("Event log", log),
    help,
  );
  endTurn.addEventListener("click", () => controller.endTurn());
  undo.addEventListener("click", () => controller.undo());
  mountEventLog(log, controller);

  const update = (notice: Notice | null): void => {
    const view = controller.view();
    document.body.dataset.side = view.active;
    document.body.dataset.daylight = isDay(view.hour) ? "day" : "night";
    if (view.status.kind === "over") side.replaceChildren("nobody: the game is over");
    else side.replaceChildren(sideBadge(view.active));
    turn.textContent = `${view.turn} of ${view.lastTurn}`;
    clock.textContent = `${clockLabel(view.hour)}, ${isDay(view.hour) ? "day" : "night"}`;
    const over = view.status.kind === "over" ? view.status : null;
    gameOver.hidden = !over;
    gameOver.textContent = over ? (over.winner === "none" ? `Game over, no winner. ${over.reason}` : `Game over: ${sideName(over.winner)} wins. ${over.reason}`) : "";
    endTurn.disabled = over !== null;
    undo.disabled = controller.session.commands.length === 0;
    renderSelected(selected, view, controller);
    renderObjectives(objectives, points, view);
    if (notice?.kind === "rejected") message.textContent = notice.rejection.message;
    else if (notice?.kind === "info") message.textContent = notice.message;
    else if (notice) message.textContent = "";
  };
  controller.subscribe(update);
  update(null);
}

function renderSelected(box: HTMLElement, view: PlayerView, controller: GameController): void {
  const selection = controller.selection();
  const unit = selection ? unitById(view, selection.unit) : undefined;
  if (!unit) {
    box.replaceChildren(el("p", { className: "hint" }, "None. Click one of your units on the map."));
    return;
  }
  const t = templateOf(unit.template);
  const rows: [string, Node | string][] = [
    ["Unit", el("strong", {}, unit.name)],
    ["Type", `${t.label} (${unit.nation})`],
    ["Side", sideBadge(unit.side)],
    ["Where", placeName(controller.map, unit.hex)],
  ];
  if (unit.side === view.viewer) rows.push(["Movement left", formatHours(unit.mp)]);
  const reach = selection?.reach;
  if (reach) rows.push(["Can reach", reach.destinations.length === 0 ? "nowhere this turn" : `${reach.destinations.length} hexes`]);
  box.replaceChildren(el("dl", { className: "unit" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])));
}

function renderObjectives(list: HTMLElement, points: HTMLElement, view: PlayerView): void {
  list.replaceChildren(
    ...view.objectives.map((o) => {
      const holder = view.control[String(o.hex)];
      return el("li", {}, `${o.name}, ${o.points} point${o.points === 1 ? "" : "s"}: `, holder ? sideBadge(holder) : "nobody");
    }),
  );
  const red = pointsHeld(view.objectives, view.control, "red");
  points.textContent = `Red holds ${red} of the ${view.redPointsToWin} objective points it needs to win.`;
}
