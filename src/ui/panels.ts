// The side panel beside the board: side to play, turn and clock, the selected unit and its
// orders, air and fire missions, the objectives, End turn and Undo, messages, game over and
// the event log; and the dialogs over the board (attack, end-turn question, help). Plain DOM.

import { clockLabel, isDay, mapOf, pointsHeld, type PlayerView } from "../engine";
import { arrivalLines, lossLimitLine } from "./arrivals-text";
import { mountAttackPanel } from "./attack-panel";
import { sideName } from "./describe";
import { el, sideBadge } from "./dom";
import { mountEndTurn } from "./end-turn";
import { mountEventLog } from "./event-log";
import type { GameController, Notice } from "./game-controller";
import { OVERLAY_SHORTCUTS } from "../render/overlay-keys";
import { mountHelpOverlay } from "./help-overlay";
import { mountKeyboard } from "./keyboard";
import { mountMissionForm } from "./mission-form";
import { renderSelected } from "./unit-panel";

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
  const selected = el("div", { id: "selected-unit", tabIndex: -1 });
  const missions = el("div", { id: "missions" });
  const helpButton = el("button", { id: "help-button", type: "button" }, "Keys (?)");
  const objectives = el("ul", { id: "objectives" });
  const points = el("p", { id: "points" });
  const lossLimit = el("p", { id: "loss-limit", hidden: true });
  const arrivals = el("ul", { id: "arrivals" });
  const log = el("ol", { id: "event-log" });
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Event log");
  const howTo = el(
    "details",
    { className: "help" },
    el("summary", {}, "How to play"),
    el("p", {}, "Click one of your units to select it; the hexes it can reach this turn light up in yellow. Click one of them to move there. Click a stack again to pick the next unit in it."),
    el("p", {}, "With one of your units selected, click an enemy next to it (or press T) to open the attack panel: tick the units that join, read the odds and every modifier, then attack. Set a unit's stance in this panel, and send air and fire missions to a hex with the form below it."),
    el("p", {}, "Drag the map to pan, use the mouse wheel to zoom, or the arrow keys and W A S D. Red counters are diamonds, blue ones rectangles; a town ringed in a side's colour is an objective it holds. Press ? for every key."),
  );
  // Right under the title (New game joins it there), as the page's own subtitle.
  const title = panel.querySelector("#title");
  if (title) title.after(subtitle);
  else panel.append(subtitle);
  // Three groups, one after the other beside a wide board; under a narrow one (a tablet held
  // upright) the first stays in view with the turn and its buttons, and the other two sit side
  // by side, each scrolling on its own (style.css).
  panel.append(
    el("div", { className: "panel-top" }, status, gameOver, el("div", { className: "buttons" }, endTurn, undo, helpButton), message),
    el(
      "div",
      { className: "panel-columns" },
      el("div", { className: "panel-main" }, section("Selected unit", selected)),
      el("div", { className: "panel-more" }, section("Air and fire missions", missions), section("Objectives", objectives, points, lossLimit), section("Reinforcements on the way", arrivals), section("Event log", log), howTo),
    ),
  );
  const askEndTurn = mountEndTurn(endTurn, controller);
  undo.addEventListener("click", () => controller.undo());
  mountEventLog(log, controller);
  mountMissionForm(missions, controller);
  mountAttackPanel(controller);
  const keys = mountHelpOverlay([{ title: "Board overlays", shortcuts: OVERLAY_SHORTCUTS }]);
  helpButton.addEventListener("click", () => keys.toggle());
  mountKeyboard(controller, { endTurn: askEndTurn, toggleHelp: () => keys.toggle() });

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
    // Kept focusable when the rule says no, so a click or U can say why instead of doing nothing.
    const noUndo = controller.whyNoUndo();
    undo.setAttribute("aria-disabled", noUndo === null ? "false" : "true");
    undo.title = noUndo ?? "Take back the last move (U)";
    renderSelected(selected, view, controller);
    renderObjectives(objectives, points, view);
    const limit = lossLimitLine(view);
    lossLimit.hidden = limit === null;
    lossLimit.textContent = limit ?? "";
    const coming = arrivalLines(mapOf(view), view);
    arrivals.replaceChildren(...(coming.length > 0 ? coming : ["None expected."]).map((line) => el("li", {}, line)));
    if (notice?.kind === "rejected") message.textContent = notice.rejection.message;
    else if (notice?.kind === "info") message.textContent = notice.message;
    else if (notice) message.textContent = "";
  };
  controller.subscribe(update);
  update(null);
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
