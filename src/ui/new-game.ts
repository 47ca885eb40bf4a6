// The panel's "New game" control: after a question in a modal dialog (the game in progress is
// lost, as games cannot be saved yet) it goes back to the start screen.

import { el, focusBack, questionDialog } from "./dom";
import { startScreenQuery } from "./page-options";

/** Puts the "New game" button beside the panel's #title, with its confirmation dialog. */
export function mountNewGame(panel: HTMLElement): void {
  const button = el("button", { id: "new-game", type: "button", className: "new-game" }, "New game");
  button.dataset.focus = "new-game";
  const title = panel.querySelector("#title");
  const head = el("div", { className: "panel-head" });
  if (title) title.replaceWith(head);
  else panel.prepend(head);
  head.append(...(title ? [title] : []), button);

  const { dialog, question, confirm, cancel } = questionDialog("new-game", "Leave this game?", "Leave and set up a new game", "Keep playing");
  question.textContent = "The game in progress will be lost: this build cannot save games yet. Go back to the start screen to set up a new one?";

  let returnFocus: Element | null = null;
  button.addEventListener("click", () => {
    returnFocus = document.activeElement;
    dialog.showModal();
    // The safe answer has the focus: Enter by habit keeps the game.
    cancel.focus();
  });
  cancel.addEventListener("click", () => dialog.close());
  confirm.addEventListener("click", () => {
    returnFocus = null;
    document.body.dataset.state = "leaving";
    window.location.assign(`${window.location.pathname}${startScreenQuery(window.location.search)}`);
  });
  dialog.addEventListener("close", () => {
    if (returnFocus !== null) focusBack(returnFocus);
    returnFocus = null;
  });
}
