// Ending a turn: straight away when every unit has had its say, otherwise after a question
// in a modal dialog naming the units that could still move or attack. Enter or Space on the
// focused "End turn" confirms, Escape or "Keep playing" goes back to the board.

import type { PlayerView, Unit } from "../engine";
import { sideName } from "./describe";
import { focusBack, questionDialog } from "./dom";
import type { GameController } from "./game-controller";

/** The side's units on the board that have time left and have neither moved nor attacked this turn. */
export function idleUnits(view: PlayerView): Unit[] {
  return view.units.filter((u) => u.side === view.active && u.hex >= 0 && u.condition !== "destroyed" && u.mp > 0 && u.activity === "idle" && !u.attacked);
}

const LISTED = 4;

/** The question for the dialog: how many units, the first few by name, and whether to end anyway. */
export function endTurnQuestion(view: PlayerView, idle: readonly Unit[]): string {
  const names = idle.slice(0, LISTED).map((u) => u.name);
  const more = idle.length - names.length;
  const list = more > 0 ? `${names.join("; ")}; and ${more} more` : names.join("; ");
  const count = idle.length === 1 ? "One of your units has" : `${idle.length} of your units have`;
  return `${count} not moved or attacked this turn and could still do so: ${list}. End ${sideName(view.active)}'s turn anyway?`;
}

/** Wires the End turn button (and the E key, through the returned function) to the check. */
export function mountEndTurn(button: HTMLButtonElement, controller: GameController): () => void {
  const { dialog, question, confirm, cancel } = questionDialog("end-turn", "End the turn?", "End turn", "Keep playing");
  let returnFocus: Element | null = null;

  const ask = (): void => {
    const view = controller.view();
    if (view.status.kind !== "playing") return;
    const idle = idleUnits(view);
    if (idle.length === 0) {
      controller.endTurn();
      return;
    }
    question.textContent = endTurnQuestion(view, idle);
    returnFocus = document.activeElement;
    dialog.showModal();
    confirm.focus();
  };
  confirm.addEventListener("click", () => {
    dialog.close();
    controller.endTurn();
  });
  cancel.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    const back = returnFocus;
    returnFocus = null;
    focusBack(back);
  });
  button.addEventListener("click", ask);
  return ask;
}
