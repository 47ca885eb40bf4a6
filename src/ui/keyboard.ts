// The page's order keys (listed in shortcuts.ts): N and Shift+N pick units, T attacks with
// the selected one, E ends the turn, ? shows the help, Escape clears the selection. Letters
// are left alone while the player types in a field or a dialog is open, and never take the
// board's own keys (W A S D, the arrows, the overlay digits).

import { unitById } from "../engine";
import { targetsOf } from "./attack-options";
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

export function mountKeyboard(controller: GameController, actions: KeyActions): void {
  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    // Dialogs handle their own keys (Escape closes them natively).
    if (document.querySelector("dialog[open]")) return;
    if (e.key === "?") {
      e.preventDefault();
      actions.toggleHelp();
      return;
    }
    if (isTyping(e.target)) return;
    const playing = controller.view().status.kind === "playing";
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
