// The page's order keys (listed in shortcuts.ts): N and Shift+N pick units, Shift and the
// arrow keys move the hex cursor and Enter or Space act on its hex as a click would, T attacks
// with the selected unit, U takes back the last move, E ends the turn, ? shows the help, Escape
// clears the selection. Letters are left alone while the player types in a field or a dialog
// is open, and never take the board's own keys (W A S D, the plain arrows, the overlay digits).

import { unitById } from "../engine";
import { targetsOf } from "./attack-options";
import { boardHasKeys } from "../render/board-focus";
import { isTyping } from "./dom";
import type { GameController } from "./game-controller";

export interface KeyActions {
  endTurn(): void;
  toggleHelp(): void;
}

/** T: the selected unit's first target, or a sentence saying why there is none. */
function attackWithSelected(controller: GameController): void {
  const view = controller.view();
  const id = controller.selection()?.unit;
  const unit = id ? unitById(view, id) : undefined;
  if (!unit || unit.side !== view.viewer) {
    controller.inform("Select one of your units first (click it, or press N), then press T to attack with it.");
    return;
  }
  const targets = targetsOf(controller.map, view, unit);
  const first = targets[0];
  if (first === undefined) {
    controller.inform(`${unit.name} has no enemy in reach that you can see.`);
    return;
  }
  controller.requestAttack(first);
}

/** Shift + arrow: columns and rows of the hex grid the cursor moves by. */
const CURSOR_STEPS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function mountKeyboard(controller: GameController, actions: KeyActions): void {
  document.addEventListener("keydown", (e) => {
    // Held keys repeat only for the cursor, never for an order.
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || (e.repeat && !(e.shiftKey && e.key in CURSOR_STEPS))) return;
    // Dialogs handle their own keys (Escape closes them natively).
    if (document.querySelector("dialog[open]")) return;
    if (e.key === "?") {
      e.preventDefault();
      actions.toggleHelp();
      return;
    }
    if (isTyping(e.target)) return;
    const playing = controller.view().status.kind === "playing";
    const step = CURSOR_STEPS[e.key];
    if (step && e.shiftKey && boardHasKeys()) {
      e.preventDefault();
      controller.moveCursor(step[0], step[1]);
      return;
    }
    if ((e.key === "Enter" || e.key === " ") && boardHasKeys()) {
      e.preventDefault();
      controller.actAtCursor();
      return;
    }
    switch (e.key) {
      case "n":
      case "N":
        e.preventDefault();
        controller.selectNext(e.shiftKey ? -1 : 1);
        return;
      case "t":
      case "T":
        if (!playing) return;
        e.preventDefault();
        attackWithSelected(controller);
        return;
      case "u":
      case "U":
        e.preventDefault();
        controller.undo();
        return;
      case "e":
      case "E":
        if (!playing) return;
        e.preventDefault();
        actions.endTurn();
        return;
      case "Escape":
        if (controller.selection()) controller.select(null);
        return;
    }
  });
}
